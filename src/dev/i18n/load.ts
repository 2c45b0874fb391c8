// Disk access for the i18n tools: reads the locale folders (every folder is a language, no list to
// maintain), the scenario files and the code to scan; writes several files all-or-nothing.

import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parseScenarioYaml } from '../../content/yamlDoc.ts';
import type { Scenario } from '../../engine';
import type { ScenarioUses } from '../../i18n/model/checkUsage';
import { CODE_DIR, LOCALES_DIR, SCENARIOS_DIR } from '../../i18n/model/constants';
import { diagnostic, type LocaleDiagnostic } from '../../i18n/model/diagnostics';
import { buildLocale, type LocaleSet } from '../../i18n/model/locale';
import { type CodeFile, type CodeScan, fieldPath, scanCode, scenarioTexts } from '../../i18n/model/usage';
import { sha256Hex } from './hash';

export function loadLocaleSet(root: string): LocaleSet {
  const dir = join(root, LOCALES_DIR);
  const locales = new Map();
  for (const code of listDirs(dir)) {
    // Bytes, not 'utf8' strings: the model decodes strictly and reports invalid UTF-8 with a line.
    const files: Record<string, Uint8Array> = {};
    for (const name of readdirSync(join(dir, code))) {
      if (name.endsWith('.json')) files[name] = readFileSync(join(dir, code, name));
    }
    locales.set(code, buildLocale(code, files));
  }
  return { locales, hash: sha256Hex };
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory())
    .sort();
}

export interface LoadedScenarios {
  scenarios: ScenarioUses[];
  problems: LocaleDiagnostic[];
}

/**
 * Parses `scenarios/*.yaml` with the content loader's safe YAML reader (size, depth and alias
 * limits; positions) and walks their text keys; unreadable files become problems, never throws.
 */
export function loadScenarios(root: string): LoadedScenarios {
  const dir = join(root, SCENARIOS_DIR);
  const out: LoadedScenarios = { scenarios: [], problems: [] };
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const file = `${SCENARIOS_DIR}/${name}`;
    const y = parseScenarioYaml(readFileSync(join(dir, name), 'utf8'));
    const bad = y.diagnostics.find((d) => d.severity === 'error');
    if (bad || !y.value || typeof y.value !== 'object') {
      out.problems.push(
        diagnostic({
          severity: 'error',
          locale: 'en',
          file,
          line: bad?.line ?? 0,
          code: 'i18n.scenario',
          message: `cannot read the scenario: ${bad?.message ?? 'the file holds no scenario object'}`,
          fix: 'fix the YAML (npm run validate explains scenario errors)',
        }),
      );
      continue;
    }
    const uses = scenarioTexts(y.value as Scenario).map((u) => ({
      ...u,
      line: y.locate(fieldPath(u.field))?.line,
    }));
    out.scenarios.push({ file, uses });
  }
  return out;
}

/** Code the scan skips: the tools and the locale model mention the patterns in their messages. */
const NOT_SCANNED = [join(CODE_DIR, 'cli'), join(CODE_DIR, 'i18n', 'model')];

/** Scans `src/**\/*.ts` except NOT_SCANNED. */
export function loadCodeScan(root: string): CodeScan {
  const files: CodeFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!NOT_SCANNED.includes(relative(root, path))) walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  if (existsSync(join(root, CODE_DIR))) walk(join(root, CODE_DIR));
  return scanCode(files);
}

/**
 * Writes every file or none: all contents go to temporary files first, then are renamed into
 * place (a rename cannot half-happen), so a failure leaves the old files untouched.
 */
export function writeAll(files: ReadonlyMap<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, text] of files) {
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, text, 'utf8');
      temps.push([tmp, path]);
    }
  } catch (e) {
    for (const [tmp] of temps) unlinkSync(tmp);
    throw e;
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
}
