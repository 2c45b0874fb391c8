// `npm run validate [files…] [--quiet] [--json]`: checks every scenario (YAML, schema, semantics,
// en text keys), prints diagnostics as file:line:column lines grouped per file with statistics,
// and exits 1 on any error. Never prints a stack trace.

import { dirname, join } from 'node:path';
import { checkScenarioFile, findScenarioFiles } from '../content/load';
import { displayPath, formatDiagnostic, formatStats, type Stats, statsOf } from '../dev/report';
import type { Diagnostic, Scenario } from '../engine';
import { compile, type Exploration, explore } from '../engine';

interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  stats?: Stats;
}

async function checkFile(file: string): Promise<FileResult> {
  // Keep the exploration the validator runs, to print its figures.
  let explored: Exploration | undefined;
  const explorer = (s: Scenario) => {
    explored = explore(compile(s));
    return explored;
  };
  // Locales sit beside the scenarios folder: scenarios/x.yaml -> locales/en/x.json.
  const r = await checkScenarioFile(file, {
    localesDir: join(dirname(file), '..', 'locales'),
    explore: explorer,
  });
  return {
    file,
    diagnostics: r.diagnostics,
    ...(r.scenario ? { stats: statsOf(r.scenario, explored) } : {}),
  };
}

function printHuman(results: FileResult[], quiet: boolean): void {
  for (const r of results) {
    const shown = quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics;
    if (quiet && shown.length === 0) continue;
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    console.log(
      `${displayPath(r.file)}: ${errors === 0 ? 'ok' : `${errors} error(s)`}, ${warnings} warning(s)`,
    );
    for (const d of shown) console.log(`  ${formatDiagnostic(d)}`);
    if (!quiet && r.stats) for (const line of formatStats(r.stats)) console.log(line);
  }
}

async function main(argv: string[]): Promise<number> {
  const quiet = argv.includes('--quiet');
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--quiet' && a !== '--json');
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}; usage: validate [files…] [--quiet] [--json]`);
    return 2;
  }
  const args = argv.filter((a) => !a.startsWith('--'));
  const files = args.length > 0 ? args : await findScenarioFiles('scenarios');
  if (files.length === 0) {
    if (json) console.log(JSON.stringify({ files: [], errors: 0, warnings: 0 }));
    else if (!quiet) console.log('no scenario files in scenarios/ (nothing to validate)');
    return 0;
  }
  const results: FileResult[] = [];
  for (const f of files) results.push(await checkFile(f));
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  if (json) {
    console.log(JSON.stringify({ files: results, errors, warnings: all.length - errors }, null, 2));
  } else {
    printHuman(results, quiet);
    if (!quiet || errors > 0)
      console.log(`${files.length} file(s): ${errors} error(s), ${all.length - errors} warning(s)`);
  }
  return errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`internal error, please report: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
