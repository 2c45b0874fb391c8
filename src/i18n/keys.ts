// The UI's keys as a type, read from the English `common` file: a ui() call whose key English lacks
// is a compile error. Plural forms (`x_one`, `x_other`) are called by their base key, as i18next does.
import type common from '../../locales/en/common.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Base<K extends string> = K extends `${infer B}_${PluralSuffix}` ? B : K;

/** Every leaf of a nested string table, as dotted paths. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type UiKey = Leaves<typeof common>;

/** Looks a UI string up by a key English has. */
export type Ui = (key: UiKey, params?: Record<string, string | number>) => string;
