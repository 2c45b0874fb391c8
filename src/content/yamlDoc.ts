// Parses scenario YAML defensively, keeping source positions: every problem (syntax, duplicate
// keys, alias bombs, oversized or deeply nested input) becomes a Diagnostic with a line, and any
// later Diagnostic's path can be mapped back to a line and column with `locate`.

import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from '../engine';
import { safeEcho } from '../engine';
import { MAX_BLOCK_DEPTH, type Position, tooDeepLine, yamlDiagnostics } from './yamlErrors';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Scenario files need a handful of levels; the yaml lexer exhausts memory on tens of thousands. */
export const MAX_FLOW_DEPTH = 64;
export const MAX_VALUE_DEPTH = 64;
/** Scenario files have no use for many aliases; a few hundred could expand to gigabytes. */
export const MAX_ALIAS_COUNT = 100;

export type { Position };
export type Locate = (path: readonly (string | number)[], atKey?: boolean) => Position | undefined;

export interface ParsedYaml {
  value?: unknown;
  diagnostics: Diagnostic[];
  locate: Locate;
}

const noLocate: Locate = () => undefined;

/** The one error for input nested past a limit, at the line where it goes past. */
const tooDeep = (message: string, line: number): ParsedYaml => ({
  diagnostics: [diag('yaml.tooDeep', message, 'flatten the structure', { line, column: 1 })],
  locate: noLocate,
});

function diag(code: string, message: string, fix: string, pos?: Position): Diagnostic {
  return { severity: 'error', code, path: [], message, fix, ...(pos ?? {}) };
}

/** Deepest `[`/`{` nesting, counted cheaply before the real parser sees the text. */
function flowDepth(text: string): { depth: number; at: number } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > MAX_FLOW_DEPTH) return { depth, at: i };
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return { depth, at: -1 };
}

/** Depth of a plain JS value, without recursion (a hostile value must not blow the stack). */
function valueDepth(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 1]];
  while (stack.length > 0) {
    const [x, d] = stack.pop() as [unknown, number];
    if (x === null || typeof x !== 'object') continue;
    max = Math.max(max, d);
    if (max > MAX_VALUE_DEPTH) return max;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return max;
}

/** UTF-8 size of `text`, counted without encoding a copy of a possibly huge string. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The message for a file over MAX_FILE_BYTES (shared with the loader's size check by `stat`). */
export function tooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return `file is ${mb(bytes)} MB; scenario files may be at most ${mb(MAX_FILE_BYTES)} MB`;
}
export const TOO_LARGE_FIX = 'split it into several scenarios or remove unused content';

export function parseScenarioYaml(text: string): ParsedYaml {
  const bytes = utf8Length(text);
  if (bytes > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        diag('yaml.tooLarge', tooLargeMessage(bytes), TOO_LARGE_FIX, {
          line: 1,
          column: 1,
        }),
      ],
      locate: noLocate,
    };
  }
  const lc = new LineCounter();
  const toPos = (offset: number): Position => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const deep = flowDepth(text);
  if (deep.at >= 0) {
    lc.addNewLine(0);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lc.addNewLine(i + 1);
    const msg = `brackets are nested more than ${MAX_FLOW_DEPTH} levels deep`;
    return {
      diagnostics: [diag('yaml.tooDeep', msg, 'flatten the structure', toPos(deep.at))],
      locate: noLocate,
    };
  }
  // The parser recurses per block level: refuse deep nesting before it runs out of stack.
  const deepLine = tooDeepLine(text);
  if (deepLine > 0) return tooDeep(`lines are nested more than ${MAX_BLOCK_DEPTH} levels deep`, deepLine);
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (e) {
    if (e instanceof RangeError)
      return tooDeep(
        `the file is nested deeper than the parser can read (at most ${MAX_BLOCK_DEPTH} levels)`,
        1,
      );
    throw e;
  }
  const locate = makeLocate(doc.contents as Node | null, doc, toPos);
  const diagnostics = yamlDiagnostics(doc, text, toPos);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, locate };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // A stack overflow names the limit, never "Maximum call stack size exceeded".
    if (e instanceof RangeError)
      return tooDeep(`values are nested more than ${MAX_VALUE_DEPTH} levels deep`, 1);
    const msg = e instanceof Error ? e.message : String(e);
    const bomb = /alias/i.test(msg);
    diagnostics.push(
      diag(
        bomb ? 'yaml.tooManyAliases' : 'yaml.invalid',
        bomb
          ? `the file uses aliases (*name) too many times (${MAX_ALIAS_COUNT} at most)`
          : safeEcho(msg, 200),
        bomb ? 'write the values out instead of repeating aliases' : 'fix the YAML',
        { line: 1, column: 1 },
      ),
    );
    return { diagnostics, locate };
  }
  if (doc.contents === null) return { diagnostics, locate }; // empty: the loader says so
  if (valueDepth(value) > MAX_VALUE_DEPTH) {
    diagnostics.push(
      diag(
        'yaml.tooDeep',
        `values are nested more than ${MAX_VALUE_DEPTH} levels deep`,
        'flatten the structure',
        { line: 1, column: 1 },
      ),
    );
    return { diagnostics, locate };
  }
  return { value, diagnostics, locate };
}

/** Builds `locate`: walks the YAML node tree along a path; falls back to the deepest node found. */
function makeLocate(
  root: Node | null,
  doc: Parameters<typeof resolveAlias>[1],
  toPos: (o: number) => Position,
): Locate {
  return (path, atKey = false) => {
    let node: Node | null = root;
    let keyNode: Node | null = null;
    for (const seg of path) {
      node = resolveAlias(node, doc);
      keyNode = null;
      let child: Node | null | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        child = pair?.value as Node | null | undefined;
        keyNode = (pair?.key as Node | undefined) ?? null;
        if (pair && !child) child = keyNode;
      } else if (isSeq(node) && typeof seg === 'number') {
        child = node.items[seg] as Node | undefined;
      }
      if (!child) break;
      node = child;
    }
    // A block mapping or list starts on the line after its key; people look for the key.
    const target = keyNode && (atKey || isMap(node) || isSeq(node)) ? keyNode : node;
    const range = target?.range;
    return range ? toPos(range[0]) : undefined;
  };
}

function resolveAlias(node: Node | null, doc: { errors: unknown[] } & object): Node | null {
  if (isAlias(node)) {
    try {
      return (node.resolve(doc as never) as Node | undefined) ?? null;
    } catch {
      return null;
    }
  }
  return node;
}
