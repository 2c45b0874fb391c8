// Starting a new language: a BCP 47 code the folder can be named after, its name, its script, and
// the CLDR plural forms the browser's Intl.PluralRules gives for it (what `i18n:check` will ask).

import { type PluralCategory, pluralCategories } from '../i18n/model/keys';
import { PSEUDO_LNG } from '../i18n/pseudo';
import type { DraftMeta } from './draft';

export type NewLanguage =
  | { ok: true; code: string; meta: DraftMeta; plurals: PluralCategory[]; pluralRulesKnown: boolean }
  | { ok: false; field: 'code' | 'name'; message: string };

/** Folder-safe BCP 47: language subtag, then script/region/variant subtags (`uk`, `sr-Latn`, `pt-BR`). */
const FOLDER_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function newLanguage(
  rawCode: string,
  name: string,
  englishName: string,
  existing: readonly string[],
): NewLanguage {
  const input = rawCode.trim();
  let code: string;
  try {
    code = Intl.getCanonicalLocales(input)[0] ?? '';
  } catch {
    return {
      ok: false,
      field: 'code',
      message: `"${input}" is not a BCP 47 language code (examples: uk, ka, pt-BR)`,
    };
  }
  if (!FOLDER_TAG.test(code) || code === PSEUDO_LNG) {
    return {
      ok: false,
      field: 'code',
      message: `"${input}" is not a language code a folder can be named after (examples: uk, ka, pt-BR)`,
    };
  }
  if (existing.includes(code)) {
    return { ok: false, field: 'code', message: `${code} already exists: pick it from the list instead` };
  }
  if (name.trim() === '')
    return { ok: false, field: 'name', message: 'write the language’s name in the language itself' };
  const script = scriptOf(code);
  const pluralRulesKnown = Intl.PluralRules.supportedLocalesOf([code]).length > 0;
  return {
    ok: true,
    code,
    meta: {
      name: name.trim(),
      englishName: englishName.trim() || name.trim(),
      script,
      dir: rtl(code, script) ? 'rtl' : 'ltr',
      fonts: ['Noto Sans'],
    },
    plurals: pluralCategories(code),
    pluralRulesKnown,
  };
}

/** The likely script (ISO 15924) from the browser's CLDR data: `uk` → Cyrl, `ka` → Geor. */
function scriptOf(code: string): string {
  try {
    return new Intl.Locale(code).maximize().script ?? 'Latn';
  } catch {
    return 'Latn';
  }
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm']);
function rtl(_code: string, script: string): boolean {
  return RTL_SCRIPTS.has(script);
}
