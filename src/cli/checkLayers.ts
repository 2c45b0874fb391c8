// `npm run lint:layers`: src/engine imports only itself and xstate and touches no browser or I/O
// globals; nothing in src/ runs strings as code or assigns raw HTML. Prints file:line and the
// rule for each violation; exits 1 on any.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { engineGlobals, engineImports, sourceFiles, unsafeCode, type Violation } from '../dev/sourceScan';

/**
 * Files allowed to assign innerHTML, each with the reason. Empty: every screen builds its DOM
 * with createElement/textContent. Add an entry only with a comment on why the HTML is safe.
 */
const HTML_ALLOWLIST: Record<string, string> = {};

async function main(): Promise<number> {
  const violations: Violation[] = [];
  for (const file of await sourceFiles('src')) {
    const rel = relative('src', file).split('\\').join('/');
    const src = await readFile(file, 'utf8');
    if (rel.startsWith('engine/')) {
      const relDir = rel.slice('engine/'.length).split('/').slice(0, -1).join('/');
      violations.push(...engineImports(file, src, relDir), ...engineGlobals(file, src));
    }
    violations.push(...unsafeCode(file, src, Object.hasOwn(HTML_ALLOWLIST, rel)));
  }
  violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const v of violations) console.log(`${v.file}:${v.line} ${v.rule}: ${v.detail}`);
  console.log(violations.length === 0 ? 'layers ok' : `${violations.length} layer violation(s)`);
  return violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`internal error, please report: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
