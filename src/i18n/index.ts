// The i18next instance: languages from the content module, namespaces loaded lazily per language,
// and `tx()` which turns a view model's Text ({key, ns, params}) into a string.
import i18next, { type i18n as I18n } from 'i18next';
import type { Text } from '../engine';
import type { Ui } from './keys';
import { FALLBACK_LNG, type LanguageMeta } from './languages';
import { withKey } from './preview';

// Our texts never nest `$t(...)`; i18next only stops a key nesting itself, so two strings nesting
// each other (a damaged or hostile locale file) would recurse until the page hangs. Turned off per call.
const NO_NESTING: object = { nest: false };

export type NamespaceLoaders = Record<string, Record<string, () => Promise<{ default: unknown }>>>;

export interface Translator {
  readonly i18n: I18n;
  readonly languages: Record<string, LanguageMeta>;
  /**
   * Loads every namespace of `lng` (and English, the fallback), reporting each file; with `only`,
   * just those namespaces (the first screen needs `common` alone).
   */
  load(lng: string, onFile?: () => void, only?: readonly string[]): Promise<void>;
  /** Number of files `load(lng, _, only)` would still fetch. */
  pending(lng: string, only?: readonly string[]): number;
  /**
   * Adds a few strings of a namespace ahead of its file (the menu's titles and summaries, built
   * in); the file is still loaded by the next `load` and its strings join these.
   */
  seed(lng: string, ns: string, data: Record<string, unknown>): void;
  /** Locale files (`lng/ns`) that failed to load and fall back to English. */
  readonly failed: ReadonlySet<string>;
  /** Keys (`lng/ns:key`) shown in English because the language lacks them, each reported once. */
  readonly missingKeys: ReadonlySet<string>;
  setLanguage(lng: string, only?: readonly string[]): Promise<void>;
  tx(text: Text): string;
  /** A UI string from `common`; the key must exist in English (a compile error otherwise). */
  ui: Ui;
}

export async function createTranslator(
  languages: Record<string, LanguageMeta>,
  loaders: NamespaceLoaders,
  opts: { showKeys?: boolean } = {},
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
  // Files loaded, by `lng/ns`: a seeded namespace has a bundle before its file is in.
  const loaded = new Set<string>();
  const missing = (lng: string, only?: readonly string[]) =>
    [...new Set([lng, FALLBACK_LNG])].flatMap((l) =>
      Object.entries(loaders[l] ?? {})
        .filter(([ns]) => !loaded.has(`${l}/${ns}`) && (!only || only.includes(ns)))
        .map(([ns, fn]) => ({ l, ns, fn })),
    );
  const failed = new Set<string>();
  // A locale file that fails to load (network, 404, broken file) must not stop the game: its keys
  // fall back to English through `fallbackLng`, the failure is reported once, and a later load retries.
  const load = async (lng: string, onFile?: () => void, only?: readonly string[]) => {
    await Promise.all(
      missing(lng, only).map(async ({ l, ns, fn }) => {
        try {
          const data = (await fn()).default;
          if (typeof data !== 'object' || data === null || Array.isArray(data))
            throw new Error('not an object');
          i18n.addResourceBundle(l, ns, data, true, true);
          loaded.add(`${l}/${ns}`);
        } catch (e) {
          if (!failed.has(`${l}/${ns}`)) {
            failed.add(`${l}/${ns}`);
            console.warn(`[precedent] locale ${l}/${ns} could not be loaded; showing English instead.`, e);
          }
        }
        onFile?.();
      }),
    );
  };
  /** Whether the current language itself has `key` (a plural group counts by its `_other`). */
  const ownTranslation = (key: string, ns: string) =>
    i18n.getResource(i18n.language, ns, key) !== undefined ||
    i18n.getResource(i18n.language, ns, `${key}_other`) !== undefined;
  // A key the language lacks (a translation not yet done, a damaged file) shows in English through
  // `fallbackLng`; like a failed file it is reported once, on the same console channel. Keys of a
  // file that failed to load are not listed again one by one.
  const missingKeys = new Set<string>();
  const reportMissing = (key: string, ns: string) => {
    const lng = i18n.language;
    if (failed.has(`${lng}/${ns}`)) return;
    // A whole file the language does not have is one report, not one per key.
    const whole = !i18n.hasResourceBundle(lng, ns);
    const id = whole ? `${lng}/${ns}:*` : `${lng}/${ns}:${key}`;
    if (missingKeys.has(id)) return;
    missingKeys.add(id);
    const showing = lng === FALLBACK_LNG ? 'showing the key' : 'showing English instead';
    const what = whole ? 'does not exist' : `has no key "${key}"`;
    console.warn(`[precedent] locale ${lng}/${ns} ${what}; ${showing}.`);
  };
  const shown = (key: string, ns: string, params?: Record<string, string | number>) => {
    const text = i18n.t(key, { ns, ...params, ...NO_NESTING }) as string;
    const own = ownTranslation(key, ns);
    if (!own) reportMissing(key, ns);
    return opts.showKeys ? withKey(text, ns, key, !own) : text;
  };
  return {
    i18n,
    languages,
    load,
    failed,
    missingKeys,
    pending: (lng, only) => missing(lng, only).length,
    seed: (lng, ns, data) => i18n.addResourceBundle(lng, ns, data, true, false),
    async setLanguage(lng, only) {
      await load(lng, undefined, only);
      await i18n.changeLanguage(lng);
    },
    tx: (text) => shown(text.key, text.ns, text.params),
    ui: (key, params) => shown(key, 'common', params),
  };
}
