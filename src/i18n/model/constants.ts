// Screen limits for translated text, in characters: the one place the game's layout budgets are
// stated for tools (XLIFF `maxLength` notes, check warnings). Change them here when a screen changes.

export const MAX_LENGTH = {
  /** A choice button or quiz answer button: two lines at the smallest supported width. */
  choiceLabel: 90,
  /** Scenario, document and ending titles: one line in the header bar. */
  title: 60,
} as const;

/**
 * Any one string, in any language, in characters: the longest real text (a document) is under
 * 1,000. Past this a string is a mistake or an attack, and its other checks are skipped (the markup
 * patterns are slow on hostile text).
 */
export const MAX_TEXT_LENGTH = 5_000;

/** Nesting depth of a locale JSON file (real files use 4); deeper is a mistake or an attack. */
export const MAX_JSON_DEPTH = 32;

/** The folder holding one sub-folder per language, relative to the repository root. */
export const LOCALES_DIR = 'locales';
export const SCENARIOS_DIR = 'scenarios';
/** Code scanned for `common` keys (see CONTRIBUTING.md, "Keys used by code"). */
export const CODE_DIR = 'src';
