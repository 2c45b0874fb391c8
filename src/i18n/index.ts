// The i18next instance: languages from the content module, namespaces loaded lazily per language,
// and `tx()` which turns a view model's Text ({key, ns, params}) into a string.
import i18next, { type i18n as I18n } from 'i18next';
import type { Text } from '../engine/api';
import { FALLBACK_LNG, type LanguageMeta } from './languages';

export type NamespaceLoaders = Record<string, Record<string, () => Promise<{ default: unknown }>>>;

export interface Translator {
  readonly i18n: I18n;
  readonly languages: Record<string, LanguageMeta>;
  /** Loads every namespace of `lng` (and English, the fallback), reporting each file. */
  load(lng: string, onFile?: () => void): Promise<void>;
  /** Number of files `load(lng)` would still fetch. */
  pending(lng: string): number;
  setLanguage(lng: string): Promise<void>;
  tx(text: Text): string;
  /** A UI string from `common`. */
  ui(key: string, params?: Record<string, string | number>): string;
}

export async function createTranslator(
  languages: Record<string, LanguageMeta>,
  loaders: NamespaceLoaders,
): Promise<Translator> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: FALLBACK_LNG,
    fallbackLng: FALLBACK_LNG,
    supportedLngs: Object.keys(languages),
    ns: ['common'],
    defaultNS: 'common',
    keySeparator: '.',
    nsSeparator: false,
    interpolation: { escapeValue: false }, // text is only ever set through textContent
    returnEmptyString: false,
    resources: {},
    partialBundledLanguages: true,
  });
  const missing = (lng: string) =>
    [...new Set([lng, FALLBACK_LNG])].flatMap((l) =>
      Object.entries(loaders[l] ?? {})
        .filter(([ns]) => !i18n.hasResourceBundle(l, ns))
        .map(([ns, fn]) => ({ l, ns, fn })),
    );
  const load = async (lng: string, onFile?: () => void) => {
    await Promise.all(
      missing(lng).map(async ({ l, ns, fn }) => {
        const mod = await fn();
        i18n.addResourceBundle(l, ns, mod.default as object, true, true);
        onFile?.();
      }),
    );
  };
  return {
    i18n,
    languages,
    load,
    pending: (lng) => missing(lng).length,
    async setLanguage(lng) {
      await load(lng);
      await i18n.changeLanguage(lng);
    },
    tx: (text) => i18n.t(text.key, { ns: text.ns, ...text.params }) as string,
    ui: (key, params) => i18n.t(key, { ns: 'common', ...params }) as string,
  };
}
