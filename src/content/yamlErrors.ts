// Turns the yaml parser's errors into messages an author can act on: a duplicate key is named
// with the line of its first use, a second document and an over-indented line get their own
// words and fixes, and whatever the parser says is echoed safely (it may quote the file).

import { type Document, isScalar, type Node, visit, type YAMLError } from 'yaml';
import type { Diagnostic } from '../engine';
import { safeEcho } from '../engine';

export interface Position {
  line: number;
  column: number;
}

/** Deepest block nesting, in levels, before the parser (which recurses) sees the text. */
export const MAX_BLOCK_DEPTH = 64;

/**
 * Block nesting of the text, estimated without parsing: each deeper indentation is a level, and
 * so is each `- `, `? ` or `: ` indicator within a line (`a: - - x` is three). Returns the first
 * line over MAX_BLOCK_DEPTH, or 0.
 */
export function tooDeepLine(text: string): number {
  const indents: number[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const indent = raw.length - raw.trimStart().length;
    const rest = raw.slice(indent);
    if (rest === '' || rest.startsWith('#')) continue;
    while (indents.length > 0 && (indents.at(-1) as number) >= indent) indents.pop();
    indents.push(indent);
    // Indicators in the line (`key: - - x`); prose with many " - " only over-counts.
    const inline = (rest.match(/(?:^|[ \t])[-?:](?=[ \t]|$)/g) ?? []).length;
    if (indents.length + inline > MAX_BLOCK_DEPTH) return line;
  }
  return 0;
}

const firstLine = (s: string): string =>
  safeEcho(s.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? s, 200);

function yamlCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicateKey';
  return code.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'remove or rename one of the two keys; YAML keeps only one';
    case 'MULTIPLE_DOCS':
      return "keep one document per file: remove the '---' line and what follows it, or move that part to its own file";
    case 'BLOCK_AS_IMPLICIT_KEY':
      return "a value containing ': ' needs quotes around it";
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the !!tag; scenario files use plain values';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation and closing brackets/quotes around this line';
    default:
      return 'check the YAML syntax around this line';
  }
}

/** For each repeated key (by its start offset), the key node where it was first used. */
function firstUses(doc: Document): Map<number, Node> {
  const out = new Map<number, Node>();
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Node>();
      for (const p of map.items) {
        if (!isScalar(p.key) || !p.key.range) continue;
        const k = String(p.key.value);
        const first = seen.get(k);
        if (first) out.set(p.key.range[0], first);
        else seen.set(k, p.key);
      }
    },
  });
  return out;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * An over-indented `key: value` line makes the parser read it as the continuation of the value
 * above ("nested mappings are not allowed"): the line number of that deeper line, if so.
 */
function overIndented(lines: string[], line: number): number | undefined {
  const here = lines[line - 1] ?? '';
  let next = line;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  const below = lines[next];
  if (below === undefined || !/:\s*\S/.test(here) || here.trimEnd().endsWith(':')) return undefined;
  return indentOf(below) > indentOf(here) && /^\s*[^\s#][^:]*:(\s|$)/.test(below) ? next + 1 : undefined;
}

/** One Diagnostic per parser error and warning, in plain words where the raw one is weak. */
export function yamlDiagnostics(
  doc: Document,
  text: string,
  toPos: (offset: number) => Position,
): Diagnostic[] {
  const lines = text.split('\n');
  const dupes = doc.errors.some((e) => e.code === 'DUPLICATE_KEY') ? firstUses(doc) : new Map();
  const out: Diagnostic[] = [];
  const overLines = new Set<number>();
  const add = (e: YAMLError, severity: 'error' | 'warning') => {
    let pos = toPos(e.pos[0]);
    let message = firstLine(e.message);
    let fix = yamlFix(e.code);
    let code = `yaml.${yamlCode(e.code)}`;
    if (e.code === 'DUPLICATE_KEY') {
      const first = dupes.get(e.pos[0]);
      const key = first && isScalar(first) ? `'${safeEcho(String(first.value))}'` : 'a key';
      const at = first?.range ? ` (first used on line ${toPos(first.range[0]).line})` : '';
      message = `the key ${key} appears twice in the same mapping${at}`;
    } else if (e.code === 'MULTIPLE_DOCS') {
      message = `the file holds a second YAML document, started by the '---' on line ${pos.line}; a scenario file holds exactly one`;
    } else if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
      const deeper = overIndented(lines, pos.line);
      if (deeper !== undefined) {
        if (overLines.has(deeper)) return; // the parser reports one over-indented line twice
        overLines.add(deeper);
        const above = pos.line;
        const want = indentOf(lines[above - 1] ?? '');
        code = 'yaml.overIndented';
        pos = { line: deeper, column: indentOf(lines[deeper - 1] ?? '') + 1 };
        message = `line ${deeper} is indented deeper than line ${above}, so YAML reads it as part of the value on line ${above}`;
        fix = `indent line ${deeper} by ${want} spaces, like line ${above}, or nest it under a key that ends with ':'`;
      }
    }
    out.push({ severity, code, path: [], message, fix, ...pos });
  };
  for (const e of doc.errors) add(e, 'error');
  for (const w of doc.warnings) add(w, 'warning');
  return out;
}
