// The first screen loads `common` alone and seeds the menu's scenario strings (src/main.ts): a
// seeded namespace must still be fetched by the next full load, and its file's strings join the seeds.

import { describe, expect, it } from 'vitest';
import { createTranslator, type NamespaceLoaders } from '../../src/i18n';
import type { LanguageMeta } from '../../src/i18n/languages';

const languages: Record<string, LanguageMeta> = {
  en: { name: 'English', englishName: 'English', script: 'Latn', dir: 'ltr', fonts: [] },
};

function counted(data: unknown) {
  const fn = async () => {
    fn.calls += 1;
    return { default: data };
  };
  fn.calls = 0;
  return fn;
}

describe('seeded namespaces and partial loads', () => {
  it('loads only the namespaces asked for, then the seeded one in full at the next load', async () => {
    const common = counted({ menu: { heading: 'Scenarios' } });
    const story = counted({ meta: { title: 'The file title' }, nodes: { a: { text: 'Once' } } });
    const loaders: NamespaceLoaders = { en: { common, story } };
    const t = await createTranslator(languages, loaders);
    t.seed('en', 'story', { meta: { title: 'The seeded title' } });
    await t.setLanguage('en', ['common']);
    expect([common.calls, story.calls]).toEqual([1, 0]);
    expect(t.tx({ key: 'meta.title', ns: 'story' })).toBe('The seeded title');
    expect(t.pending('en')).toBe(1);
    await t.load('en');
    expect([common.calls, story.calls]).toEqual([1, 1]);
    expect(t.tx({ key: 'nodes.a.text', ns: 'story' })).toBe('Once');
    // The file is the truth once it is in.
    expect(t.tx({ key: 'meta.title', ns: 'story' })).toBe('The file title');
    expect(t.pending('en')).toBe(0);
  });
});
