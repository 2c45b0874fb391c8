// Hostile or broken files are refused with one clear message naming file, line and what is wrong:
// an XML entity bomb, a duplicate JSON key, broken JSON (line:column, not an offset), invalid
// UTF-8 (not a silent U+FFFD) and nesting past the limit (not a stack overflow) (#19, #24 §5–6).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/dev/i18n/commands';
import { formatDiagnostic } from '../../src/dev/report';
import { MAX_JSON_DEPTH } from '../../src/i18n/model/constants';
import { MAX_XML_DEPTH, parseXml } from '../../src/i18n/model/xml';
import { checkProject, errors, fixtureCopy, like, read, write } from './helpers';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
  <file id="demo"><unit id="nodes.intro.text"><segment><source>x</source><target>&lol3;</target></segment></unit></file>
</xliff>
`;

describe('hostile files', () => {
  it('an XML entity bomb (billion laughs) is refused before any expansion, naming the line', () => {
    const root = fixtureCopy();
    const before = read(root, 'locales/ru/demo.json');
    const file = join(root, 'bomb.xlf');
    writeFileSync(file, BILLION_LAUGHS, 'utf8');
    const r = importCommand(root, [file]);
    expect(r.code).toBe(1);
    expect(r.out.join('\n')).toMatch(/line 2: DOCTYPE and ENTITY declarations are not accepted/);
    expect(read(root, 'locales/ru/demo.json')).toBe(before);
  });

  it('a duplicate JSON key is an error naming the key and both lines', () => {
    const root = fixtureCopy();
    write(root, 'locales/hy/common.json', '{\n  "menu": { "start": "Ա, {{name}}" },\n  "menu": {}\n}\n');
    const d = errors(checkProject(root)).find((x) => x.file === 'locales/hy/common.json');
    expect(d).toMatchObject({
      line: 3,
      message: 'invalid JSON: duplicate key "menu" (first on line 2, again on line 3)',
    });
  });

  it('broken JSON is reported as file:line:column, not as an offset', () => {
    const root = fixtureCopy();
    write(root, 'locales/ru/common.json', `{\n  "menu": {\n    "start": "Начать"\n    "x": 1\n  }\n}\n`);
    const d = errors(checkProject(root)).find((x) => x.file === 'locales/ru/common.json');
    expect(formatDiagnostic(d as NonNullable<typeof d>)).toMatch(
      /^locales\/ru\/common\.json:4:5 error i18n\.file: invalid JSON: expected "," or "}"/,
    );
  });

  it('invalid UTF-8 in a locale file is an error naming file and line, not a silent U+FFFD', () => {
    const root = fixtureCopy();
    const text = read(root, 'locales/hy/common.json');
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('Մնաց', 'utf8'));
    bytes[at] = 0xff; // never valid in UTF-8
    writeFileSync(join(root, 'locales/hy/common.json'), bytes);
    expect(errors(checkProject(root))).toContainEqual(
      like({ file: 'locales/hy/common.json', line: 5, message: /not valid UTF-8/ }),
    );
  });

  it('JSON nested past the limit names the limit instead of overflowing the stack', () => {
    const root = fixtureCopy();
    write(root, 'locales/ru/common.json', `{"a": ${'['.repeat(100_000)}`);
    expect(errors(checkProject(root))).toContainEqual(
      like({
        file: 'locales/ru/common.json',
        message: new RegExp(`nesting deeper than ${MAX_JSON_DEPTH} levels`),
      }),
    );
  });

  it('XML nested past the limit is refused with a message, not a stack overflow', () => {
    const deep = `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`;
    expect(() => parseXml(deep)).toThrow(`elements nested deeper than ${MAX_XML_DEPTH} levels`);
  });

  it('an export still round-trips after these guards (no false refusal)', () => {
    const root = fixtureCopy();
    const file = join(root, 'ru.xlf');
    exportCommand(root, ['ru', '--out', file]);
    expect(importCommand(root, [file]).code).toBe(0);
  });
});
