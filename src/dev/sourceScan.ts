// Rules for the layer lint, on source text: comments (and, for identifier rules, string
// contents) are blanked first, keeping line numbers, so a word in a comment never trips a rule.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface Violation {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

/**
 * Blanks comments, and string contents too when `strings` is true, preserving newlines so offsets
 * keep their line. Template literals are treated as plain strings (their `${}` parts included).
 */
export function blank(src: string, strings: boolean): string {
  const out = src.split('');
  let i = 0;
  const wipe = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < src.length) {
    const c = src[i];
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      wipe(i, stop);
      i = stop;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      wipe(i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && !(c !== '`' && src[j] === '\n')) j += src[j] === '\\' ? 2 : 1;
      if (strings) wipe(i + 1, Math.min(j, src.length));
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

const lineAt = (src: string, offset: number): number => src.slice(0, offset).split('\n').length;

const IMPORT_RE =
  /\b(?:import|export)\s[^;]*?\bfrom\s*(['"])([^'"]+)\1|\bimport\s*(['"])([^'"]+)\3|\b(?:import|require)\s*\(\s*(['"])([^'"]+)\5/g;
const ENGINE_PACKAGES = new Set(['xstate', 'xstate/graph']);
const ENGINE_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'fetch',
  'globalThis',
];

/** Import rules for a file under src/engine; `relDir` is its folder relative to src/engine. */
export function engineImports(file: string, src: string, relDir: string): Violation[] {
  const code = blank(src, false);
  const out: Violation[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = (m[2] ?? m[4] ?? m[6]) as string;
    const line = lineAt(code, m.index ?? 0);
    if (spec.startsWith('.')) {
      const depth = relDir === '' ? 0 : relDir.split('/').length;
      const ups = spec.split('/').filter((p) => p === '..').length;
      if (ups > depth) out.push({ file, line, rule: 'engine-import', detail: `'${spec}' leaves src/engine` });
    } else if (!ENGINE_PACKAGES.has(spec)) {
      out.push({
        file,
        line,
        rule: 'engine-import',
        detail: `'${spec}' is not allowed in src/engine (only xstate and relative imports)`,
      });
    }
  }
  if (/\bimport\s*\(\s*[^'"\s)]/.test(code)) {
    const at = code.search(/\bimport\s*\(\s*[^'"\s)]/);
    out.push({
      file,
      line: lineAt(code, at),
      rule: 'engine-import',
      detail: 'dynamic import with a computed name',
    });
  }
  return out;
}

/** Browser and I/O globals in src/engine (property names and object keys are fine). */
export function engineGlobals(file: string, src: string): Violation[] {
  const code = blank(src, true);
  const out: Violation[] = [];
  const re = new RegExp(`\\b(${ENGINE_GLOBALS.join('|')})\\b`, 'g');
  for (const m of code.matchAll(re)) {
    const at = m.index ?? 0;
    const before = code.slice(0, at).trimEnd();
    const after = code.slice(at + m[0].length).trimStart();
    if (before.endsWith('.') || /^\??:/.test(after)) continue;
    out.push({
      file,
      line: lineAt(code, at),
      rule: 'engine-global',
      detail: `'${m[0]}' is not available to the engine`,
    });
  }
  return out;
}

/** Code execution from strings and raw HTML anywhere in src/. */
export function unsafeCode(file: string, src: string, htmlAllowed: boolean): Violation[] {
  const code = blank(src, true);
  const out: Violation[] = [];
  const rules: [RegExp, string, string][] = [
    [/(?<![.\w])eval\s*\(/g, 'no-eval', 'eval() runs strings as code'],
    [/\bnew\s+Function\s*\(/g, 'no-eval', 'new Function() runs strings as code'],
    [/(?<!new\s+)(?<![.\w])Function\s*\(/g, 'no-eval', 'Function() runs strings as code'],
  ];
  if (!htmlAllowed) {
    rules.push(
      [
        /\.(innerHTML|outerHTML)\s*\+?=(?!=)/g,
        'no-innerHTML',
        'assigning HTML; build elements with textContent instead',
      ],
      [
        /\binsertAdjacentHTML\s*\(/g,
        'no-innerHTML',
        'insertAdjacentHTML; build elements with textContent instead',
      ],
      [/\bdocument\s*\.\s*write(ln)?\s*\(/g, 'no-innerHTML', 'document.write'],
    );
  }
  for (const [re, rule, detail] of rules) {
    for (const m of code.matchAll(re)) out.push({ file, line: lineAt(code, m.index ?? 0), rule, detail });
  }
  return out;
}

/** Every source file under `dir` (not .d.ts), sorted, so reports come in a stable order. */
export async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await sourceFiles(p)));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}
