// Types of the build-time module `vite-plugins/localeFiles.ts` gives the translator's page.
declare module 'virtual:precedent-locale-files' {
  /** Language code → file name (`appeal.json`, `_lock.json`) → its text. */
  export const localeFiles: Record<string, Record<string, string>>;
  /** Languages of the screenshot atlas shipped in atlas/ (empty when the build has none). */
  export const atlasLanguages: string[];
}
