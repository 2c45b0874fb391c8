// XLIFF import echoes ids it read from the file (unit, file, trgLang, srcLang): each is shown
// safely, bidi and zero-width characters as \u escapes and a 100,000-character id cut with its
// full length stated. Seen failing with safeEcho removed from each echo in xliffImport.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/dev/i18n/commands';
import { ECHO_MAX, hasUnsafeChars } from '../../src/engine';
import { fixtureCopy } from './helpers';

// Right-to-left override and zero-width space: legal in XML, and they make a wrong id look right.
const HIDE = '\u202emeta.role\u200b';
const LONG = 'k'.repeat(100_000);

function refusal(mutate: (xml: string) => string): string {
  const root = fixtureCopy();
  const xml = mutate(exportCommand(root, ['ru']).out.join('\n'));
  const file = join(root, 'edited.xlf');
  writeFileSync(file, xml, 'utf8');
  const before = readFileSync(join(root, 'locales', 'ru', 'demo.json'), 'utf8');
  const out = importCommand(root, [file]);
  expect(out.code).toBe(1);
  expect(readFileSync(join(root, 'locales', 'ru', 'demo.json'), 'utf8')).toBe(before);
  return out.out.join('\n');
}

describe('XLIFF import echoes ids safely', () => {
  it.each([
    ['a unit id', (x: string) => x.replace('<unit id="meta.role">', `<unit id="${HIDE}">`)],
    ['a file id', (x: string) => x.replace('<file id="demo"', `<file id="${HIDE}"`)],
    ['the target language', (x: string) => x.replace('trgLang="ru"', `trgLang="${HIDE}"`)],
    ['the source language', (x: string) => x.replace('srcLang="en"', `srcLang="${HIDE}"`)],
  ])('%s with bidi and zero-width characters', (_, mutate) => {
    const text = refusal(mutate);
    // Line by line: the report's own layout is a newline and an indent per problem; the echoed
    // id (which holds no newline here) must add no unsafe character to any line.
    for (const line of text.split('\n')) expect(hasUnsafeChars(line), line).toBe(false);
    expect(text).toContain('\\u202emeta.role\\u200b');
  });

  it.each([
    ['a unit id', (x: string) => x.replace('<unit id="meta.role">', `<unit id="${LONG}">`)],
    ['a file id', (x: string) => x.replace('<file id="demo"', `<file id="${LONG}"`)],
    ['the target language', (x: string) => x.replace('trgLang="ru"', `trgLang="${LONG}"`)],
  ])('%s of 100,000 characters is cut, its length stated', (_, mutate) => {
    const text = refusal(mutate);
    expect(text).toContain(`${'k'.repeat(ECHO_MAX)}… (100000 characters)`);
    expect(text).not.toContain('k'.repeat(ECHO_MAX + 1));
  });
});
