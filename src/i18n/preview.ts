// Translator preview from the page address: `?lng=pseudo` adds a pseudo-locale built from the
// English files (overflow and hard-coded text show at a glance), and `?keys=1` shows each
// string's key beside it, marking strings that fell back to English.

import type { NamespaceLoaders } from './index';
import type { LanguageMeta } from './languages';
import { buildPseudoResources, PSEUDO_LNG } from './pseudo';

export interface PreviewOptions {
  pseudo: boolean;
  keys: boolean;
}

export function previewOptions(search: string): PreviewOptions {
  const q = new URLSearchParams(search);
  return { pseudo: q.get('lng') === PSEUDO_LNG, keys: q.get('keys') === '1' };
}

/** Adds the pseudo language: one loader per English namespace, pseudo-localised on load. */
export function withPseudo(
  languages: Record<string, LanguageMeta>,
  loaders: NamespaceLoaders,
): { languages: Record<string, LanguageMeta>; loaders: NamespaceLoaders } {
  const en = languages.en;
  if (!en) return { languages, loaders };
  const pseudoLoaders = Object.fromEntries(
    Object.entries(loaders.en ?? {}).map(([ns, load]) => [
      ns,
      async () => ({ default: buildPseudoResources({ [ns]: (await load()).default })[ns] }),
    ]),
  );
  return {
    languages: { ...languages, [PSEUDO_LNG]: { ...en, name: '⟦Pseudo⟧', englishName: 'Pseudo' } },
    loaders: { ...loaders, [PSEUDO_LNG]: pseudoLoaders },
  };
}

/** The text with its key after it; `⚠ en` marks a string shown in English for want of a translation. */
export function withKey(text: string, ns: string, key: string, fellBack: boolean): string {
  return `${text} ⟨${ns}:${key}${fellBack ? ' ⚠ en' : ''}⟩`;
}
