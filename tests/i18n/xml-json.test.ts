// The two small parsers the tools rely on: JSON that keeps order and lines, and safe XML.

import { describe, expect, it } from 'vitest';
import { flatten, parseJson, setLeaf, stringifyJson } from '../../src/i18n/model/jsonTree';
import { childElements, el, escapeXml, parseXml, serializeXml, textContent } from '../../src/i18n/model/xml';

describe('locale JSON', () => {
  it('keeps key order (integer-like keys too) and writes 2-space JSON with a final newline', () => {
    const text =
      '{\n  "b": "x",\n  "10": "ten",\n  "2": "two",\n  "a": {\n    "list": [\n      "one"\n    ]\n  }\n}\n';
    expect(stringifyJson(parseJson(text))).toBe(text);
    // Why not JSON.parse: it moves integer-like keys first, which would reorder a translator's file.
    expect(Object.keys(JSON.parse(text))).toEqual(['2', '10', 'b', 'a']);
  });

  it('flattens to dotted keys with their lines, arrays by index', () => {
    const leaves = flatten(parseJson('{\n  "a": { "b": "x" },\n  "l": ["p", "q"]\n}'));
    expect(leaves.map((l) => `${l.key}@${l.line}`)).toEqual(['a.b@2', 'l.0@3', 'l.1@3']);
  });

  it.each([
    ['{"a": "x",}', 1, /quoted/],
    ['{\n"a": "x"\n"b": "y"}', 3, /"," or "}"/],
    ['{"a": "x", "a": "y"}', 1, /duplicate key "a"/],
    ['{"a": "line\nbreak"}', 1, /unterminated string/],
    ['{"a": \'x\'}', 1, /unexpected character/],
  ])('rejects %j at line %i', (text, line, message) => {
    expect(() => parseJson(text)).toThrow(message);
    try {
      parseJson(text);
    } catch (e) {
      expect((e as { line: number }).line).toBe(line);
    }
  });

  it('sets a leaf in place or appends a new one', () => {
    const tree = parseJson('{"a": {"b": "x"}}');
    setLeaf(tree, 'a.b', 'y');
    setLeaf(tree, 'a.c.d', 'z');
    expect(stringifyJson(tree)).toBe(
      '{\n  "a": {\n    "b": "y",\n    "c": {\n      "d": "z"\n    }\n  }\n}\n',
    );
  });
});

describe('XML', () => {
  it('escapes the five specials and round-trips text exactly', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    const text = `Tom & "Jerry" <3 'x'\nline two\r\n ${'Հայերեն'}`;
    const root = parseXml(serializeXml(el('r', { id: 'a"b' }, [el('t', {}, [text])])));
    expect(root.attrs.id).toBe('a"b');
    const t = childElements(root, 't')[0];
    expect(t && textContent(t)).toBe(text); // CR survives: it is written as &#13;
  });

  it.each([
    ['<!DOCTYPE r [<!ENTITY x "y">]><r/>', /DOCTYPE and ENTITY/],
    ['<r><![CDATA[x]]></r>', /CDATA sections are not accepted/],
    ['<r>&nbsp;</r>', /unknown entity &nbsp;/],
    ['<r>a & b</r>', /line 1, column 6: char '&' is not expected/],
    ['<r>\n<a></b></r>', /line 2, column 4: Expected closing tag 'a' \(opened in line 2, col 1\)/],
    ['<r a="1" a="2"/>', /Attribute 'a' is repeated/],
    ['<r>', /Unclosed tag 'r'/],
  ])('refuses %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('decodes character references and skips comments', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><r>&#1329;&#x531;<!-- c -->!</r>');
    expect(textContent(root)).toBe('ԱԱ!');
  });
});
