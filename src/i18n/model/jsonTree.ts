// Locale JSON as an order-preserving tree (jsonc-parser underneath): it keeps key order exactly
// (JSON.parse reorders integer-like keys), records the line of every key and refuses duplicate keys
// (JSON.parse silently keeps the last one), so the tools can name lines and write files back unchanged.

import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import { safeEcho } from '../../engine';
import { MAX_JSON_DEPTH } from './constants';

export type JNode =
  | { kind: 'object'; line: number; entries: JEntry[] }
  | { kind: 'array'; line: number; items: JNode[] }
  | { kind: 'string'; line: number; value: string; span?: [number, number] }
  | { kind: 'literal'; line: number; value: number | boolean | null };

export interface JEntry {
  key: string;
  line: number;
  value: JNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column = 1,
  ) {
    super(message);
  }
}

// By jsonc-parser's ParseErrorCode number (a const enum, which verbatimModuleSyntax cannot import).
const MESSAGES: Record<number, string> = {
  1: 'unexpected character',
  3: 'expected a "quoted" key (no trailing commas or comments in JSON)',
  4: 'expected a value (no trailing commas in JSON)',
  5: 'expected ":" after a key',
  6: 'expected "," or "}" (or "]" in a list)',
  7: 'expected "}"',
  8: 'expected "]"',
  9: 'unexpected text after the end of the JSON value',
  10: 'comments are not allowed in JSON',
  12: 'unterminated string',
  14: 'bad \\u escape',
  15: 'bad escape',
  16: 'control character inside a string (write \\n or \\t)',
};

type Open = {
  node: JNode & { kind: 'object' | 'array' };
  keys: Map<string, number>;
  key?: string;
  keyLine: number;
};

/**
 * Parses JSON text with jsonc-parser (comments and trailing commas refused); throws JsonSyntaxError
 * with a 1-based line and column on the first fault, on a duplicate key (naming both lines) and
 * past MAX_JSON_DEPTH levels (before the parser's recursion could exhaust the stack).
 */
export function parseJson(text: string): JNode {
  const bom = text.charCodeAt(0) === 0xfeff;
  const s = bom ? text.slice(1) : text;
  if (s.trim() === '') throw new JsonSyntaxError('unexpected end of file (the file is empty)', 1);
  const stack: Open[] = [];
  let root: JNode | undefined;
  const fail = (msg: string, line: number, ch: number): never => {
    throw new JsonSyntaxError(msg, line + 1, ch + 1);
  };
  const add = (node: JNode) => {
    const top = stack.at(-1);
    if (!top) root = node;
    else if (top.node.kind === 'array') top.node.items.push(node);
    else top.node.entries.push({ key: top.key ?? '', line: top.keyLine, value: node });
  };
  const open = (kind: 'object' | 'array', line: number, ch: number) => {
    if (stack.length >= MAX_JSON_DEPTH)
      fail(
        `nesting deeper than ${MAX_JSON_DEPTH} levels (MAX_JSON_DEPTH, src/i18n/model/constants.ts)`,
        line,
        ch,
      );
    const node: JNode =
      kind === 'object' ? { kind, line: line + 1, entries: [] } : { kind, line: line + 1, items: [] };
    add(node);
    stack.push({ node, keys: new Map(), keyLine: 0 });
  };
  visit(
    s,
    {
      onObjectBegin: (_o, _l, line, ch) => open('object', line, ch),
      onArrayBegin: (_o, _l, line, ch) => open('array', line, ch),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (key, _o, _l, line, ch) => {
        const top = stack.at(-1) as Open;
        const first = top.keys.get(key);
        if (first !== undefined)
          fail(
            `duplicate key "${safeEcho(key)}" (first on line ${first}, again on line ${line + 1})`,
            line,
            ch,
          );
        top.keys.set(key, line + 1);
        top.key = key;
        top.keyLine = line + 1;
      },
      onLiteralValue: (value, offset, length, line) => {
        const at = line + 1;
        if (typeof value === 'string') {
          const span: [number, number] = [offset + (bom ? 1 : 0), offset + length + (bom ? 1 : 0)];
          add({ kind: 'string', line: at, value, span });
        } else add({ kind: 'literal', line: at, value: value as number | boolean | null });
      },
      onError: (code, _o, _l, line, ch) =>
        fail(MESSAGES[code] ?? printParseErrorCode(code as ParseErrorCode), line, ch),
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return root ?? fail('unexpected end of file', 0, 0);
}

/** Writes a node as 2-space-indented JSON with a trailing newline (the repo's locale file format). */
export function stringifyJson(node: JNode): string {
  return `${write(node, '')}\n`;
}

function write(node: JNode, indent: string): string {
  const inner = `${indent}  `;
  switch (node.kind) {
    case 'string':
      return JSON.stringify(node.value);
    case 'literal':
      return JSON.stringify(node.value);
    case 'array':
      if (node.items.length === 0) return '[]';
      return `[\n${node.items.map((i) => inner + write(i, inner)).join(',\n')}\n${indent}]`;
    case 'object':
      if (node.entries.length === 0) return '{}';
      return `{\n${node.entries.map((e) => `${inner}${JSON.stringify(e.key)}: ${write(e.value, inner)}`).join(',\n')}\n${indent}}`;
  }
}

/** One leaf of a locale tree, by dotted key. */
export interface Leaf {
  key: string;
  line: number;
  node: JNode;
}

/** Flattens a tree to its leaves in document order; array items get their index as a key segment. */
export function flatten(node: JNode, prefix = ''): Leaf[] {
  const join = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (node.kind === 'object') {
    return node.entries.flatMap((e) =>
      e.value.kind === 'object' || e.value.kind === 'array'
        ? flatten(e.value, join(e.key))
        : [{ key: join(e.key), line: e.line, node: e.value }],
    );
  }
  if (node.kind === 'array') {
    return node.items.flatMap((item, i) =>
      item.kind === 'object' || item.kind === 'array'
        ? flatten(item, join(String(i)))
        : [{ key: join(String(i)), line: item.line, node: item }],
    );
  }
  return [{ key: prefix, line: node.line, node }];
}

/**
 * Sets a string leaf by dotted key, creating objects on the way; new keys go to the end of their
 * object (callers reorder if they care). Returns false if a path segment crosses a non-container.
 */
export function setLeaf(root: JNode, key: string, value: string): boolean {
  const parts = key.split('.');
  let node = root;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    if (node.kind === 'array') {
      const index = Number(part);
      // Appending the next item is fine; a gap would silently shift every later item.
      if (index === node.items.length)
        node.items.push(last ? { kind: 'string', line: 0, value } : emptyObject());
      const item = node.items[index];
      if (!item) return false;
      if (last) {
        node.items[index] = { kind: 'string', line: item.line, value };
        return true;
      }
      node = item;
      continue;
    }
    if (node.kind !== 'object') return false;
    let entry = node.entries.find((e) => e.key === part);
    if (!entry) {
      entry = { key: part, line: 0, value: last ? { kind: 'string', line: 0, value } : emptyObject() };
      node.entries.push(entry);
    }
    if (last) {
      entry.value = { kind: 'string', line: entry.value.line, value };
      return true;
    }
    node = entry.value;
  }
  return false;
}

export function emptyObject(): JNode {
  return { kind: 'object', line: 0, entries: [] };
}

/** Plain JS value of a node (for handing resources to i18next or to tests). */
export function toPlain(node: JNode): unknown {
  if (node.kind === 'object') return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
  if (node.kind === 'array') return node.items.map(toPlain);
  return node.value;
}

/**
 * Replaces string values in the original text, leaving every other byte as it was (the author's
 * layout, one-line objects, escapes), so that an import's diff shows only the changed texts.
 */
export function patchStrings(
  raw: string,
  edits: readonly { node: JNode; value: string }[],
): string | undefined {
  const spans: [number, number, string][] = [];
  for (const e of edits) {
    if (e.node.kind !== 'string' || !e.node.span) return undefined;
    spans.push([...e.node.span, JSON.stringify(e.value)]);
  }
  spans.sort((a, b) => b[0] - a[0]);
  return spans.reduce((text, [start, end, token]) => text.slice(0, start) + token + text.slice(end), raw);
}
