// A small XML writer and parser, enough for XLIFF: elements, attributes, text, comments. It refuses
// DOCTYPE, entity declarations and CDATA, so a file from outside can never expand or fetch anything.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}
export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes the five XML specials; CR is escaped so it survives line-ending normalisation. */
export function escapeXml(s: string, attr = false): string {
  const out = s.replace(/[&<>"']/g, (c) => TEXT_ESCAPES[c] ?? c).replace(/\r/g, '&#13;');
  return attr ? out.replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : out;
}

export function el(
  name: string,
  attrs: Record<string, string | undefined> = {},
  children: XmlNode[] = [],
): XmlElement {
  const clean = Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return { name, attrs: clean, children, line: 0 };
}

/** Serialises with an XML declaration; element-only content is indented, text content is written as is. */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeEl(root, '')}\n`;
}

function writeEl(e: XmlElement, indent: string): string {
  const attrs = Object.entries(e.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join('');
  if (e.children.length === 0) return `${indent}<${e.name}${attrs}/>`;
  if (e.children.some((c) => typeof c === 'string')) {
    const body = e.children
      .map((c) => (typeof c === 'string' ? escapeXml(c) : writeEl(c, '').trim()))
      .join('');
    return `${indent}<${e.name}${attrs}>${body}</${e.name}>`;
  }
  const inner = e.children.map((c) => writeEl(c as XmlElement, `${indent}  `)).join('\n');
  return `${indent}<${e.name}${attrs}>\n${inner}\n${indent}</${e.name}>`;
}

/** Concatenated text of an element's direct text children; undefined if it holds elements too. */
export function textContent(e: XmlElement): string | undefined {
  if (e.children.some((c) => typeof c !== 'string')) return undefined;
  return e.children.join('');
}

export function childElements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /^[A-Za-z_][\w.:-]*/;

export function parseXml(input: string): XmlElement {
  return new XmlParser(input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '')).document();
}

class XmlParser {
  private pos = 0;
  constructor(private readonly s: string) {}

  private seen = { pos: 0, line: 1 };

  /** Current line, counted incrementally (the parser only moves forward). */
  private get line(): number {
    for (let i = this.seen.pos; i < this.pos; i++) if (this.s.charCodeAt(i) === 10) this.seen.line++;
    this.seen.pos = Math.max(this.seen.pos, this.pos);
    return this.seen.line;
  }

  private fail(msg: string): never {
    throw new XmlError(msg, this.line);
  }

  document(): XmlElement {
    this.misc();
    if (this.s[this.pos] !== '<') this.fail('expected the root element');
    const root = this.element();
    this.misc();
    if (this.pos < this.s.length) this.fail('text after the root element');
    return root;
  }

  /** Skips whitespace, comments and processing instructions; refuses DTDs. */
  private misc(): void {
    for (;;) {
      while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
      if (this.s.startsWith('<?', this.pos)) this.skipPast('?>');
      else if (this.s.startsWith('<!--', this.pos)) this.skipPast('-->');
      else if (this.s.startsWith('<!', this.pos)) this.refuseDeclaration();
      else return;
    }
  }

  private refuseDeclaration(): never {
    if (this.s.startsWith('<![CDATA[', this.pos))
      this.fail('CDATA sections are not accepted; escape & and < instead');
    return this.fail('DOCTYPE and ENTITY declarations are not accepted (a safety rule)');
  }

  private skipPast(end: string): void {
    const i = this.s.indexOf(end, this.pos);
    if (i === -1) this.fail(`unterminated construct, expected "${end}"`);
    this.pos = i + end.length;
  }

  private name(): string {
    const m = NAME.exec(this.s.slice(this.pos, this.pos + 200));
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private element(): XmlElement {
    const line = this.line;
    this.pos++; // '<'
    const name = this.name();
    const attrs = this.attributes();
    const e: XmlElement = { name, attrs, children: [], line };
    if (this.s.startsWith('/>', this.pos)) {
      this.pos += 2;
      return e;
    }
    if (this.s[this.pos] !== '>') this.fail(`malformed start tag <${name}>`);
    this.pos++;
    this.content(e);
    return e;
  }

  private attributes(): Record<string, string> {
    const attrs: Record<string, string> = {};
    for (;;) {
      while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
      const c = this.s[this.pos];
      if (c === '>' || c === '/' || c === undefined) return attrs;
      const key = this.name();
      while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
      if (this.s[this.pos] !== '=') this.fail(`attribute ${key} needs a value`);
      this.pos++;
      while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
      const q = this.s[this.pos];
      if (q !== '"' && q !== "'") this.fail(`attribute ${key}: value must be quoted`);
      const end = this.s.indexOf(q, this.pos + 1);
      if (end === -1) this.fail(`attribute ${key}: unterminated value`);
      const raw = this.s.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail(`attribute ${key}: "<" must be escaped`);
      if (key in attrs) this.fail(`duplicate attribute ${key}`);
      attrs[key] = this.decode(raw.replace(/[\t\n]/g, ' '));
      this.pos = end + 1;
    }
  }

  private content(e: XmlElement): void {
    let text = '';
    for (;;) {
      const lt = this.s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`<${e.name}> (line ${e.line}) is never closed`);
      text += this.decode(this.s.slice(this.pos, lt));
      this.pos = lt;
      if (this.s.startsWith('</', this.pos)) {
        this.pos += 2;
        const close = this.name();
        if (close !== e.name) this.fail(`</${close}> closes <${e.name}> (opened on line ${e.line})`);
        while (/\s/.test(this.s[this.pos] ?? '')) this.pos++;
        if (this.s[this.pos] !== '>') this.fail(`malformed end tag </${close}>`);
        this.pos++;
        if (text) e.children.push(text);
        return;
      }
      if (this.s.startsWith('<!--', this.pos)) this.skipPast('-->');
      else if (this.s.startsWith('<?', this.pos)) this.skipPast('?>');
      else if (this.s.startsWith('<!', this.pos)) this.refuseDeclaration();
      else {
        if (text) e.children.push(text);
        text = '';
        e.children.push(this.element());
      }
    }
  }

  private decode(raw: string): string {
    if (raw.includes('>') && raw.includes(']]>')) this.fail('"]]>" is not allowed in text');
    return raw.replace(/&([^;\s&]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) this.fail(`"&" must be written &amp; (near "${whole}")`);
      if (ref in NAMED) return NAMED[ref] ?? '';
      const m = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ref);
      const code = m ? Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 16 : 10) : Number.NaN;
      if (!Number.isFinite(code) || code > 0x10ffff)
        this.fail(`unknown entity &${ref}; (only the five XML entities and &#…; are accepted)`);
      return String.fromCodePoint(code);
    });
  }
}
