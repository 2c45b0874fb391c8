// `i18n:check` on hostile strings: a 100,000-character string is an error naming file, key and
// limit, checked in bounded time; markup and script in any form are errors. The real locales pass
// (tests/i18n/cli.test.ts and `npm run i18n:check`).

import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/dev/report';
import { MAX_TEXT_LENGTH } from '../../src/i18n/model/constants';
import { lengthFinding, markupFinding } from '../../src/i18n/model/rules';
import { checkProject, edit, errors, fixtureCopy, keyOf, like } from './helpers';

function checkWith(file: string, from: string, to: string) {
  const root = fixtureCopy();
  edit(root, file, from, to);
  return errors(checkProject(root));
}

describe('over-long strings', () => {
  it.each([
    ['a translation', 'locales/ru/demo.json', '"Что вы делаете?"', 'ru', 24],
    ['English', 'locales/en/demo.json', '"An independent news site"', 'en', 14],
  ])('100,000 characters in %s: an error naming file, key and limit', (_, file, from, locale, line) => {
    const found = checkWith(file, from, JSON.stringify('Ա'.repeat(100_000)));
    const d = found.find((x) => /too long/.test(x.message));
    expect(d).toMatchObject({ locale, file, line });
    const text = formatDiagnostic(d as NonNullable<typeof d>);
    expect(text).toContain(`${file}:${line}`);
    expect(text).toContain(locale === 'ru' ? 'nodes.choose.text' : 'sources.s1.outletNote');
    expect(text).toContain('string too long: 100,000 characters; a string may have at most 5,000');
    expect(text).toContain('MAX_TEXT_LENGTH');
  });

  it('a long hostile string does not reach the slow markup patterns', () => {
    // `<a` 50,000 times: the tag pattern alone would scan quadratically (about 4 s here; 10 min at
    // 1 MB). The one finding for the key, and no markup finding, shows the patterns never ran.
    const found = checkWith('locales/ru/demo.json', '"Что вы делаете?"', JSON.stringify('<a'.repeat(50_000)));
    expect(found).toContainEqual(like({ key: 'nodes.choose.text', message: /string too long/ }));
    expect(found.filter((d) => keyOf(d) === 'nodes.choose.text')).toHaveLength(1);
  });

  it('counts characters as people see them, and stops at the limit', () => {
    expect(lengthFinding('x'.repeat(MAX_TEXT_LENGTH))).toBeUndefined();
    expect(lengthFinding('😀'.repeat(MAX_TEXT_LENGTH))).toBeUndefined(); // 2 UTF-16 units each
    expect(lengthFinding('x'.repeat(MAX_TEXT_LENGTH + 1))?.message).toContain('5,001 characters');
  });
});

describe('markup and script', () => {
  const cases: [string, RegExp][] = [
    ['<script>alert(1)</script>', /an HTML\/XML tag "<script>"/],
    ['<script src=https://evil.example/x.js', /an HTML tag "<script"/],
    ['<img src=x onerror=alert(1)>', /an HTML\/XML tag/],
    ['<img src=x onerror=alert(1)', /an HTML tag "<img"/],
    ['<svg/onload=alert(1)>', /an HTML\/XML tag/],
    ['<SCRIPT>', /an HTML\/XML tag/],
    ['Click javascript:alert(1)', /a script URL "javascript:"/],
    ['JaVaScRiPt :alert(1)', /a script URL/],
    ['x onerror=alert(1)', /an event-handler attribute "onerror="/],
    ['x onclick="go()"', /an event-handler attribute/],
    ['data:text/html,<b>', /markup in text/],
    ['&lt;script&gt;', /an HTML entity "&lt;"/],
    ['<!-- hidden -->', /an HTML comment/],
  ];

  it.each(cases)('rejects %s', (text, message) => {
    expect(markupFinding(text)?.message).toMatch(message);
  });

  it.each([
    'Он сказал: «нет» — и ушёл.',
    'Score < 3 or > 5',
    'x < a and b > y',
    'The onset of the crisis',
    'Once = twice',
    'Read https://example.org/a?x=1&y=2',
  ])('accepts plain text: %s', (text) => {
    expect(markupFinding(text)).toBeUndefined();
  });

  it.each([
    ['<img src=x onerror=alert(1)>', /markup in text/],
    ['<script src=//evil.example/x.js', /markup in text: an HTML tag "<script"/],
    ['javascript:alert(document.cookie)', /a script URL/],
  ])('i18n:check reports %s in a translation with its file, line and key', (to, message) => {
    const found = checkWith('locales/ru/demo.json', '"Что вы делаете?"', JSON.stringify(to));
    expect(found).toContainEqual(
      like({ locale: 'ru', file: 'locales/ru/demo.json', line: 24, key: 'nodes.choose.text', message }),
    );
  });
});
