// The languages the game ships, from `locales/<lng>/_meta.json`, and how one is chosen at start.

export interface LanguageMeta {
  /** The language's name in itself, as the picker shows it. */
  name: string;
  englishName: string;
  /** ISO 15924 script code; selects the web fonts to load. */
  script: 'Latn' | 'Cyrl' | 'Armn';
  dir: 'ltr' | 'rtl';
  fonts: string[];
}

export const FALLBACK_LNG = 'en';

/** `?lng=` wins, then the browser's preferred languages, then English. */
export function pickLanguage(
  supported: readonly string[],
  urlLng: string | null,
  browser: readonly string[],
) {
  const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';
  for (const candidate of [urlLng ?? '', ...browser]) {
    const code = base(candidate);
    if (supported.includes(code)) return code;
  }
  return FALLBACK_LNG;
}
