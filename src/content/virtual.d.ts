// Types of the build-time content modules produced by `vite-plugins/content.ts`.
declare module 'virtual:precedent-content' {
  import type { Scenario } from '../engine';
  import type { LanguageMeta } from '../i18n/languages';
  /** What the menu draws of each scenario: its id, meta and the places its meta names. */
  export const menu: Pick<Scenario, 'id' | 'meta' | 'places'>[];
  /** Each scenario's title and summary by language and namespace, nested as in the locale files. */
  export const menuTexts: Record<string, Record<string, Record<string, unknown>>>;
  export const languages: Record<string, LanguageMeta>;
  export const namespaceLoaders: Record<string, Record<string, () => Promise<{ default: unknown }>>>;
}

declare module 'virtual:precedent-scenarios' {
  import type { Scenario } from '../engine';
  export const scenarios: Scenario[];
  /** Scenario id → its endings with their score ranges, explored at build time. */
  export const endingFacts: Record<
    string,
    [string, { min: Record<string, number>; max: Record<string, number> }][]
  >;
}

declare module 'virtual:precedent-maps' {
  import type { ScenarioMap } from '../teacher/mapLayout';
  /** Scenario id → its story map, laid out at build time (vite-plugins/mapFacts.ts). */
  export const mapLayouts: Record<string, ScenarioMap>;
}
