// The i18n commands as functions of (repository root, arguments) → output and exit code, so tests
// can run them on a temporary copy; cli.ts only wires them to process.argv and the console.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeEcho } from '../../engine';
import { runCheck } from '../../i18n/model/check';
import { LOCALES_DIR } from '../../i18n/model/constants';
import { countBySeverity } from '../../i18n/model/diagnostics';
import { type LocaleSet, SOURCE_LNG, sourceNamespaces, targetLocales } from '../../i18n/model/locale';
import { confirmKeys, lockText } from '../../i18n/model/lock';
import { localeCompleteness, statusTable } from '../../i18n/model/status';
import { exportXliff } from '../../i18n/model/xliff';
import { exportXliff12 } from '../../i18n/model/xliff12';
import { ImportRefused, importXliff } from '../../i18n/model/xliffImport';
import { formatDiagnostic } from '../report';
import { loadCodeScan, loadLocaleSet, loadScenarios, writeAll } from './load';

export interface CommandResult {
  code: number;
  out: string[];
}

/** Bad input from a person: printed as one clear line, never as a stack trace. */
export class UsageError extends Error {}

export function statusCommand(root: string, args: string[] = []): CommandResult {
  const rows = localeCompleteness(loadLocaleSet(root));
  if (args.includes('--json')) return { code: 0, out: [JSON.stringify(rows, null, 2)] };
  if (rows.length === 0)
    return { code: 0, out: ['no translations yet (only English, or no locales/ folder)'] };
  return {
    code: 0,
    out: [
      statusTable(rows),
      '',
      'stale = English changed after the translation was confirmed, or never confirmed',
    ],
  };
}

export function checkCommand(root: string, args: string[]): CommandResult {
  const strict = args.includes('--strict');
  const set = loadLocaleSet(root);
  const scen = loadScenarios(root);
  const code = loadCodeScan(root);
  const ds = runCheck(
    { set, scenarios: scen.scenarios, code, scenarioProblems: scen.problems },
    { strict, dir: LOCALES_DIR },
  );
  const n = countBySeverity(ds);
  const langs = [...set.locales.keys()].join(', ') || 'none';
  const summary = `i18n check: ${n.error} error(s), ${n.warning} warning(s) — languages: ${langs}; scenarios: ${scen.scenarios.length}`;
  const note = `note: the code scan found ${code.keys.size} 'common' keys used by ui()/tc() calls, 'common:' literals or engine view text; ${code.dynamicCalls.length} call(s) and ${code.dynamicPrefixes.size} template(s) build keys at run time, which it cannot see (so unused-key warnings for 'common' may be false alarms)`;
  return { code: n.error > 0 ? 1 : 0, out: [...ds.map(formatDiagnostic), '', summary, note] };
}

function targetLocale(set: LocaleSet, lng: string | undefined) {
  const locale = set.locales.get(lng ?? '');
  if (!locale || lng === SOURCE_LNG) {
    const known = targetLocales(set).map((l) => l.code);
    throw new UsageError(`unknown language "${lng ?? ''}" (languages: ${known.join(', ') || 'none'})`);
  }
  return locale;
}

/** `confirm <lng> <ns:key | key | --all>`: marks translations as checked against today's English. */
export function confirmCommand(root: string, args: string[]): CommandResult {
  const [lng, what] = args;
  if (!what) throw new UsageError('usage: npm run i18n:confirm -- <lng> <namespace:key | key | --all>');
  const set = loadLocaleSet(root);
  const locale = targetLocale(set, lng);
  const sources = sourceNamespaces(set);
  const pick = (ns: string, key: string) => what === '--all' || what === `${ns}:${key}` || what === key;
  const matches = [...sources.values()].flatMap((s) =>
    s.keys.filter((k) => pick(s.ns, k.key)).map(() => s.ns),
  );
  if (what !== '--all' && matches.length === 0) throw new UsageError(`no English key "${what}"`);
  if (what !== '--all' && matches.length > 1) {
    throw new UsageError(`"${what}" exists in ${matches.join(', ')}; write it as <namespace>:${what}`);
  }
  const { lock, confirmed } = confirmKeys(locale, sources, pick);
  writeFileSync(join(root, LOCALES_DIR, locale.code, '_lock.json'), lockText(lock), 'utf8');
  return {
    code: 0,
    out: [`${locale.code}: confirmed ${confirmed.length} stale key(s)`, ...confirmed.map((k) => `  ${k}`)],
  };
}

/** `lock-init`: confirms every translation that has no lock entry yet; never touches stale ones. */
export function lockInitCommand(root: string): CommandResult {
  const set = loadLocaleSet(root);
  const sources = sourceNamespaces(set);
  const out: string[] = [];
  for (const locale of targetLocales(set)) {
    const { lock, confirmed } = confirmKeys(
      locale,
      sources,
      (ns, key) => locale.lock?.[`${ns}:${key}`] === undefined,
    );
    writeFileSync(join(root, LOCALES_DIR, locale.code, '_lock.json'), lockText(lock), 'utf8');
    out.push(`${locale.code}: ${confirmed.length} key(s) added to _lock.json`);
  }
  return { code: 0, out };
}

/** `export <lng> [--xliff 2.0|1.2] [--out file]`: 1.2 for translation tools that read no 2.0. */
export function exportCommand(root: string, args: string[]): CommandResult {
  const lng = args[0];
  const outAt = args.indexOf('--out');
  const versionAt = args.indexOf('--xliff');
  const version = versionAt === -1 ? '2.0' : args[versionAt + 1];
  if (version !== '2.0' && version !== '1.2')
    throw new UsageError(`--xliff takes 2.0 or 1.2, not "${safeEcho(version ?? '')}"`);
  const set = loadLocaleSet(root);
  targetLocale(set, lng);
  const codeUses = [...loadCodeScan(root).keys].map(([key, at]) => ({
    ns: 'common',
    key,
    scenario: '',
    field: '',
    where: `interface text (${at.slice(0, 3).join(', ')})`,
  }));
  const uses = [...loadScenarios(root).scenarios.flatMap((s) => s.uses), ...codeUses];
  const xml = (version === '1.2' ? exportXliff12 : exportXliff)(set, lng ?? '', uses);
  if (outAt === -1) return { code: 0, out: [xml.trimEnd()] };
  const file = args[outAt + 1];
  if (!file) throw new UsageError('--out needs a file name');
  writeFileSync(file, xml, 'utf8');
  return { code: 0, out: [`wrote ${file}`] };
}

export function importCommand(root: string, args: string[]): CommandResult {
  const file = args[0];
  if (!file) throw new UsageError('usage: npm run i18n:import -- <file.xlf> (XLIFF 2.0 or 1.2)');
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  try {
    const r = importXliff(loadLocaleSet(root), xml);
    writeAll(new Map([...r.writes].map(([rel, text]) => [join(root, LOCALES_DIR, rel), text])));
    const files = [...r.writes.keys()].map((f) => `  ${LOCALES_DIR}/${f}`);
    return {
      code: 0,
      out: [
        `${r.lng}: ${r.changedKeys.length} key(s) changed, ${r.confirmed.length} confirmed, ${r.writes.size} file(s) written`,
        ...files,
        ...r.notes.map((n) => `note: ${n}`),
        ...(r.reviewed.length
          ? [
              `note: ${r.reviewed.length} key(s) are marked reviewed in the file; the repository keeps no review marks (the translator's page does)`,
            ]
          : []),
      ],
    };
  } catch (e) {
    if (e instanceof ImportRefused) return { code: 1, out: [e.message] };
    throw e;
  }
}
