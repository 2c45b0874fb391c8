// XML for XLIFF: a small writer, and fast-xml-parser for reading into elements with lines. It refuses
// DOCTYPE, entity declarations and CDATA, so a file from outside can never expand or fetch anything.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { safeEcho } from '../../engine';

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
    readonly column?: number,
  ) {
    super(line > 0 ? `line ${line}${column ? `, column ${column}` : ''}: ${message}` : message);
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

/** Nesting deeper than this is refused (XLIFF needs 6 levels). */
export const MAX_XML_DEPTH = 32;

const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Off: no DOCTYPE entity can expand; the five XML entities and &#…; are decoded by `decode`.
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  maxNestedTags: MAX_XML_DEPTH,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

/**
 * Parses with fast-xml-parser after refusing what a file from outside must never hold: a DOCTYPE
 * or ENTITY declaration (entity expansion, "billion laughs", external fetches) and CDATA.
 */
export function parseXml(input: string): XmlElement {
  const s = input.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const lineOf = (index: number) => s.slice(0, index).split('\n').length;
  const decl = /<!(DOCTYPE|ENTITY|\[CDATA\[)/i.exec(s);
  if (decl) {
    const what =
      decl[1] === '[CDATA['
        ? 'CDATA sections are not accepted; escape & and < instead'
        : 'DOCTYPE and ENTITY declarations are not accepted (a safety rule: no entity expansion or external fetch)';
    throw new XmlError(what, lineOf(decl.index));
  }
  const valid = XMLValidator.validate(s, { allowBooleanAttributes: false });
  // The validator's messages quote names from the file: echoed safely.
  if (valid !== true) throw new XmlError(safeEcho(valid.err.msg, 200), valid.err.line, valid.err.col);
  let doc: Ordered[];
  try {
    doc = PARSER.parse(s) as Ordered[];
  } catch (e) {
    const msg = (e as Error).message;
    if (/nested tags/i.test(msg))
      throw new XmlError(
        `elements nested deeper than ${MAX_XML_DEPTH} levels (MAX_XML_DEPTH, src/i18n/model/xml.ts)`,
        0,
      );
    throw new XmlError(safeEcho(msg, 200), 0);
  }
  const roots = doc.filter((n) => !('#text' in n));
  if (roots.length !== 1) throw new XmlError('expected exactly one root element', 1);
  return toElement(roots[0] as Ordered, lineOf);
}

function toElement(node: Ordered, lineOf: (index: number) => number): XmlElement {
  const name = Object.keys(node).find((k) => k !== ':@') ?? '';
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  const line = lineOf(meta?.startIndex ?? 0);
  const attrs = Object.fromEntries(
    Object.entries(node[':@'] ?? {}).map(([k, v]) => [k, decode(String(v).replace(/[\t\n]/g, ' '), line)]),
  );
  const children: XmlNode[] = [];
  for (const child of (node[name] ?? []) as Ordered[]) {
    if ('#text' in child) {
      const text = decode(String(child['#text']), line);
      const last = children.at(-1);
      if (typeof last === 'string') children[children.length - 1] = last + text;
      else children.push(text);
    } else children.push(toElement(child, lineOf));
  }
  return { name, attrs, children, line };
}

function decode(raw: string, line: number): string {
  return raw.replace(/&([^;\s&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';'))
      throw new XmlError(`"&" must be written &amp; (near "${safeEcho(whole)}")`, line);
    if (ref in NAMED) return NAMED[ref] ?? '';
    const m = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ref);
    const code = m ? Number.parseInt(m[1] ?? m[2] ?? '', m[1] ? 16 : 10) : Number.NaN;
    if (!Number.isFinite(code) || code > 0x10ffff)
      throw new XmlError(
        `unknown entity &${safeEcho(ref)}; (only the five XML entities and &#…; are accepted)`,
        line,
      );
    return String.fromCodePoint(code);
  });
}
