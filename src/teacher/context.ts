// What every section of the teacher page needs: the shipped scenarios, the translator and the
// current language. Built once per language by `main.ts`.

import type { CompiledScenario, Text } from '../engine';
import type { Ui } from '../i18n/keys';
import type { LanguageMeta } from '../i18n/languages';

export interface TeacherContext {
  lng: string;
  languages: Record<string, LanguageMeta>;
  scenarios: CompiledScenario[];
  shipped: ReadonlyMap<string, CompiledScenario>;
  /** Languages each scenario's text is complete in, by scenario id. */
  complete: ReadonlyMap<string, string[]>;
  /** A string from the `teacher` namespace. */
  t(key: string, params?: Record<string, string | number>): string;
  /** A scenario or common string from a view model's Text. */
  tx(text: Text): string;
  /** A string from the game's `common` namespace (dates use its patterns). */
  ui: Ui;
  /** A key of a scenario's own namespace. */
  sx(c: CompiledScenario, key: string): string;
}
