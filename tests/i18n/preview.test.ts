// Translator preview options read from the address, the pseudo language, and key marks.
import { describe, expect, it } from 'vitest';
import { previewOptions, withKey, withPseudo } from '../../src/i18n/preview';

describe('translator preview', () => {
  it.each([
    ['?lng=pseudo', { pseudo: true, keys: false }],
    ['?lng=hy&keys=1', { pseudo: false, keys: true }],
    ['?keys=0', { pseudo: false, keys: false }],
    ['', { pseudo: false, keys: false }],
  ])('%s', (search, expected) => {
    expect(previewOptions(search)).toEqual(expected);
  });

  it('builds the pseudo language from the English loaders', async () => {
    const en = {
      name: 'English',
      englishName: 'English',
      script: 'Latn' as const,
      dir: 'ltr' as const,
      fonts: [],
    };
    const { languages, loaders } = withPseudo(
      { en },
      { en: { common: async () => ({ default: { hello: 'Hello {{name}}' } }) } },
    );
    expect(languages.pseudo?.englishName).toBe('Pseudo');
    const mod = (await loaders.pseudo?.common?.()) as { default: { hello: string } };
    expect(mod.default.hello).toMatch(/^⟦.*\{\{name\}\}.*⟧$/);
    expect(mod.default.hello).not.toContain('Hello');
  });

  it('puts the key after the text and marks fallbacks', () => {
    expect(withKey('Բարև', 'common', 'menu.title', false)).toBe('Բարև ⟨common:menu.title⟩');
    expect(withKey('Hello', 'common', 'menu.title', true)).toBe('Hello ⟨common:menu.title ⚠ en⟩');
  });
});
