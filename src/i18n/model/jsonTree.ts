// A strict, order-preserving JSON parser and writer for locale files: it keeps key order exactly
// (JSON.parse reorders integer-like keys), records the line of every key and refuses duplicate keys
// (JSON.parse silently keeps the last one), so the tools can name lines and write files back unchanged.

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
  ) {
    super(message);
  }
}

/** Parses JSON text; throws JsonSyntaxError with a 1-based line on any fault. */
export function parseJson(text: string): JNode {
  const bom = text.charCodeAt(0) === 0xfeff;
  const p = new Parser(bom ? text.slice(1) : text, bom ? 1 : 0);
  p.ws();
  const node = p.value();
  p.ws();
  if (!p.done()) p.fail('unexpected text after the end of the JSON value');
  return node;
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Parser {
  private pos = 0;
  private line = 1;
  /** Spans are offsets into the original text, which may start with a byte-order mark. */
  constructor(
    private readonly s: string,
    readonly offset: number,
  ) {}

  done(): boolean {
    return this.pos >= this.s.length;
  }

  fail(msg: string): never {
    throw new JsonSyntaxError(msg, this.line);
  }

  ws(): void {
    for (;;) {
      const c = this.s[this.pos];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      this.pos++;
    }
  }

  value(): JNode {
    const c = this.s[this.pos];
    const line = this.line;
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') {
      const start = this.pos;
      const value = this.string();
      return { kind: 'string', line, value, span: [start + this.offset, this.pos + this.offset] };
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.s.slice(this.pos));
    if (!m)
      this.fail(c === undefined ? 'unexpected end of file' : `unexpected character ${JSON.stringify(c)}`);
    this.pos += m[0].length;
    return { kind: 'literal', line, value: JSON.parse(m[0]) as number | boolean | null };
  }

  private expect(ch: string, what: string): void {
    if (this.s[this.pos] !== ch) this.fail(`expected ${what}`);
    this.pos++;
  }

  private object(): JNode {
    const node: JNode = { kind: 'object', line: this.line, entries: [] };
    const seen = new Set<string>();
    this.pos++;
    this.ws();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return node;
    }
    for (;;) {
      this.ws();
      const line = this.line;
      if (this.s[this.pos] !== '"')
        this.fail('expected a "quoted" key (no trailing commas or comments in JSON)');
      const key = this.string();
      if (seen.has(key)) this.fail(`duplicate key "${key}"`);
      seen.add(key);
      this.ws();
      this.expect(':', '":" after a key');
      this.ws();
      node.entries.push({ key, line, value: this.value() });
      this.ws();
      if (this.s[this.pos] === '}') break;
      this.expect(',', '"," or "}"');
    }
    this.pos++;
    return node;
  }

  private array(): JNode {
    const node: JNode = { kind: 'array', line: this.line, items: [] };
    this.pos++;
    this.ws();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return node;
    }
    for (;;) {
      this.ws();
      node.items.push(this.value());
      this.ws();
      if (this.s[this.pos] === ']') break;
      this.expect(',', '"," or "]"');
    }
    this.pos++;
    return node;
  }

  private string(): string {
    let out = '';
    this.pos++;
    for (;;) {
      const c = this.s[this.pos];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      this.pos++;
      if (c === '"') return out;
      if (c < ' ') this.fail('control character inside a string (write \\n or \\t)');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.s[this.pos++] ?? '';
      if (e === 'u') {
        const hex = this.s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 4;
      } else if (e in ESCAPES) out += ESCAPES[e];
      else this.fail(`bad escape \\${e}`);
    }
  }
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
