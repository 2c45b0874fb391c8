// At run time a key the language lacks shows in English and is reported once, on the console
// channel that reports a locale file failing to load (tests/browser/localeFallback.test.ts plays
// the same in the built game).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, type NamespaceLoaders, type Translator } from '../../src/i18n';
import type { LanguageMeta } from '../../src/i18n/languages';

const meta = (name: string): LanguageMeta => ({
  name,
  englishName: name,
  script: 'Latn',
  dir: 'ltr',
  fonts: [],
});
const languages = { en: meta('English'), ru: meta('Русский') };
const mod = (data: unknown) => async () => ({ default: data });

const en = {
  menu: { start: 'Start', quit: 'Quit' },
  days_one: '{{count}} day',
  days_other: '{{count}} days',
};
const story = { nodes: { a: { text: 'Once upon a time' } } };

function spyWarn() {
  const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => spy.mock.calls.map((c) => String(c[0]));
}
afterEach(() => vi.restoreAllMocks());

/** The fixture's keys are not the shipped ones, so `ui` is called untyped here. */
const loose = (t: Translator) => t.ui as (key: string, params?: Record<string, string | number>) => string;

describe('a key missing from one language', () => {
  it('shows English and is reported exactly once, however often it is shown', async () => {
    const warned = spyWarn();
    const ru = { menu: { start: 'Начать' }, days_one: '{{count}} день', days_other: '{{count}} дней' };
    const loaders: NamespaceLoaders = { en: { common: mod(en) }, ru: { common: mod(ru) } };
    const t = await createTranslator(languages, loaders);
    await t.setLanguage('ru');
    for (let i = 0; i < 3; i++) {
      expect(loose(t)('menu.start')).toBe('Начать');
      expect(loose(t)('menu.quit')).toBe('Quit');
      expect(loose(t)('days', { count: 5 })).toBe('5 дней'); // a plural group counts as present
    }
    expect(warned()).toEqual([
      '[precedent] locale ru/common has no key "menu.quit"; showing English instead.',
    ]);
    expect([...t.missingKeys]).toEqual(['ru/common:menu.quit']);
  });

  it('a key missing in English too is reported once (the key is shown)', async () => {
    const warned = spyWarn();
    const t = await createTranslator(languages, { en: { common: mod(en) } });
    await t.setLanguage('en');
    expect(loose(t)('menu.nope')).toBe('menu.nope');
    expect(loose(t)('menu.nope')).toBe('menu.nope');
    expect(warned()).toEqual(['[precedent] locale en/common has no key "menu.nope"; showing the key.']);
  });

  it('a file that failed to load is reported once as a file, not once per key', async () => {
    const warned = spyWarn();
    const broken = async () => {
      throw new Error('404');
    };
    const loaders: NamespaceLoaders = {
      en: { common: mod(en), story: mod(story) },
      ru: { common: broken, story: mod({ nodes: {} }) },
    };
    const t = await createTranslator(languages, loaders);
    await t.setLanguage('ru');
    expect(loose(t)('menu.start')).toBe('Start');
    expect(loose(t)('menu.quit')).toBe('Quit');
    expect(t.tx({ key: 'nodes.a.text', ns: 'story' })).toBe('Once upon a time');
    expect(warned()).toEqual([
      '[precedent] locale ru/common could not be loaded; showing English instead.',
      '[precedent] locale ru/story has no key "nodes.a.text"; showing English instead.',
    ]);
  });

  it('a file the language does not have at all is one report', async () => {
    const warned = spyWarn();
    const loaders: NamespaceLoaders = { en: { common: mod(en), story: mod(story) }, ru: { common: mod(en) } };
    const t = await createTranslator(languages, loaders);
    await t.setLanguage('ru');
    expect(t.tx({ key: 'nodes.a.text', ns: 'story' })).toBe('Once upon a time');
    expect(t.tx({ key: 'nodes.b.text', ns: 'story' })).toBe('nodes.b.text');
    expect(warned()).toEqual(['[precedent] locale ru/story does not exist; showing English instead.']);
  });
});
