// Types of the build-time content module produced by `vitePlugin.ts`.
declare module 'virtual:precedent-content' {
  import type { Scenario } from '../engine';
  import type { LanguageMeta } from '../i18n/languages';
  export const scenarios: Scenario[];
  export const languages: Record<string, LanguageMeta>;
  export const namespaceLoaders: Record<string, Record<string, () => Promise<{ default: unknown }>>>;
}
