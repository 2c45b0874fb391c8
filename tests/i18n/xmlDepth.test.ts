// The project's XML nesting limit holds on its own: fast-xml-parser refuses 100 levels by
// itself, so a test at 100,000 levels (hostileFiles) passes with MAX_XML_DEPTH gone. This one
// nests just past MAX_XML_DEPTH, below the parser's default.
import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseXml } from '../../src/i18n/model/xml';

const nested = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;

describe('XML nesting limit', () => {
  it('refuses XML nested just past MAX_XML_DEPTH, naming the limit', () => {
    expect(() => parseXml(nested(MAX_XML_DEPTH + 2))).toThrow(
      `elements nested deeper than ${MAX_XML_DEPTH} levels`,
    );
  });

  it('accepts the 6 levels an XLIFF file needs', () => {
    expect(() => parseXml(nested(6))).not.toThrow();
  });
});
