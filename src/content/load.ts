// Loads scenario files: UTF-8 checked, YAML with positions, then the JSON Schema, then the
// engine's semantic validation and the en text-key check. Never throws: every problem is a
// Diagnostic with a file, line and column.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Diagnostic, Scenario } from '../engine';
import { collapseRepeats, safeEcho, type ValidateOptions, validate } from '../engine';
import { checkSchema } from './schemaCheck';
import { decodeUtf8, jsonErrorAt } from './text';
import { checkTextKeys } from './textKeys';
import { type Locate, MAX_FILE_BYTES, parseScenarioYaml, TOO_LARGE_FIX, tooLargeMessage } from './yamlDoc';

export interface LoadResult {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

/** Fills in file, line and column; sorts by line so output reads top to bottom. */
function place(diags: Diagnostic[], file: string, locate: Locate): Diagnostic[] {
  const out = diags.map((d) => {
    if (d.line !== undefined) return { ...d, file };
    const pos = locate(d.path, d.code === 'schema.unknownField' || d.code === 'schema.badName');
    return { ...d, file, ...(pos ?? {}) };
  });
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Parses YAML text and checks it against the schema; `scenario` is set only when both pass. */
export function loadScenarioText(text: string, file: string): LoadResult & { locate: Locate } {
  const y = parseScenarioYaml(text);
  if (y.value === undefined) {
    const empty = y.diagnostics.length === 0;
    const diags = empty
      ? [
          {
            severity: 'error' as const,
            code: 'yaml.empty',
            path: [],
            message: 'the file is empty',
            fix: 'start from the example in scenarios/README.md',
            line: 1,
            column: 1,
          },
        ]
      : y.diagnostics;
    return { diagnostics: place(diags, file, y.locate), locate: y.locate };
  }
  const schema = checkSchema(y.value);
  const diagnostics = place([...y.diagnostics, ...schema], file, y.locate);
  const ok = schema.length === 0;
  return { ...(ok ? { scenario: y.value as Scenario } : {}), diagnostics, locate: y.locate };
}

export interface CheckOptions extends Omit<ValidateOptions, 'fileName'> {
  /** Parsed `locales/en/<namespace>.json`; `null` when the file is missing; omit to skip. */
  locale?: unknown;
}

/** Everything for one file's text: YAML, schema, semantics and (if given) text keys. */
export function checkScenarioText(text: string, file: string, opts: CheckOptions = {}): LoadResult {
  const loaded = loadScenarioText(text, file);
  const s = loaded.scenario;
  if (!s) return loaded;
  const fileName = basename(file, extname(file));
  let diags = validate(s, { ...opts, fileName });
  // concat, not push(...): a huge scenario can have more missing keys than push takes arguments.
  if (opts.locale !== undefined) diags = diags.concat(collapseRepeats(localeDiags(s, opts.locale)));
  return { scenario: s, diagnostics: [...loaded.diagnostics, ...place(diags, file, loaded.locate)] };
}

export const namespaceOf = (s: Scenario): string => s.meta.namespace ?? s.id;

function localeDiags(s: Scenario, locale: unknown): Diagnostic[] {
  const ns = namespaceOf(s);
  if (locale === null) {
    return [
      {
        severity: 'error',
        code: 'text.noLocaleFile',
        path: ['id'],
        message: `locales/en/${ns}.json does not exist`,
        fix: `create it with the English text for every key (see scenarios/README.md)`,
      },
    ];
  }
  return checkTextKeys(s, locale, ns);
}

const fileDiag = (
  file: string,
  code: string,
  message: string,
  fix: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
): Diagnostic => ({ severity: 'error', code, path: [], message, fix, file, ...at });

/** The file as text, or the Diagnostic for bytes that are not UTF-8 (never a silent U+FFFD). */
function utf8Text(path: string, bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  const r = decodeUtf8(bytes);
  if ('text' in r) return { text: r.text };
  return {
    diagnostic: fileDiag(
      path,
      'file.notUtf8',
      `byte ${r.byte + 1} (0x${r.value.toString(16).padStart(2, '0')}) on line ${r.line} is not valid UTF-8 text`,
      'save the file as UTF-8 and retype the characters on that line',
      { line: r.line, column: r.column },
    ),
  };
}

async function readText(path: string): Promise<{ text?: string; diagnostic?: Diagnostic }> {
  try {
    const st = await stat(path);
    if (st.size > MAX_FILE_BYTES) {
      return { diagnostic: fileDiag(path, 'yaml.tooLarge', tooLargeMessage(st.size), TOO_LARGE_FIX) };
    }
    return utf8Text(path, await readFile(path));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      diagnostic: fileDiag(
        path,
        'file.unreadable',
        `cannot read the file: ${safeEcho(msg, 200)}`,
        'check the path and permissions',
      ),
    };
  }
}

export async function loadScenarioFile(path: string): Promise<LoadResult> {
  const r = await readText(path);
  if (r.text === undefined) return { diagnostics: [r.diagnostic as Diagnostic] };
  const { locate: _, ...rest } = loadScenarioText(r.text, path);
  return rest;
}

/** Reads `<localesDir>/en/<ns>.json`: the object, `null` if absent, or a Diagnostic if broken. */
export async function readEnNamespace(
  localesDir: string,
  ns: string,
): Promise<{ value: unknown } | { diagnostic: Diagnostic }> {
  const path = join(localesDir, 'en', `${ns}.json`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { value: null };
  }
  const decoded = utf8Text(path, bytes);
  if (decoded.text === undefined) return { diagnostic: decoded.diagnostic as Diagnostic };
  const text = decoded.text;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const bad = jsonErrorAt(text);
    return {
      diagnostic: fileDiag(
        path,
        'text.badLocaleFile',
        `cannot parse JSON: ${bad?.message ?? safeEcho(e instanceof Error ? e.message : String(e), 200)}`,
        'fix the JSON syntax at that line and column',
        { line: bad?.line ?? 1, column: bad?.column ?? 1 },
      ),
    };
  }
}

/** The full check of one scenario file, including its en locale namespace. */
export async function checkScenarioFile(
  path: string,
  opts: Omit<CheckOptions, 'locale'> & { localesDir?: string } = {},
): Promise<LoadResult> {
  const r = await readText(path);
  if (r.text === undefined) return { diagnostics: [r.diagnostic as Diagnostic] };
  const first = loadScenarioText(r.text, path);
  if (!first.scenario || opts.localesDir === undefined) return checkScenarioText(r.text, path, opts);
  const loc = await readEnNamespace(opts.localesDir, namespaceOf(first.scenario));
  if ('diagnostic' in loc) {
    const res = checkScenarioText(r.text, path, opts);
    return { ...res, diagnostics: [...res.diagnostics, loc.diagnostic] };
  }
  return checkScenarioText(r.text, path, { ...opts, locale: loc.value });
}

/** Scenario files in a directory (`*.yaml`, `*.yml`), sorted; none if it does not exist. */
export async function findScenarioFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}
