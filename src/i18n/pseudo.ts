// Pseudo-localisation: English made visibly foreign (accents), ~40 % longer and bracketed ⟦…⟧, so
// untranslated, truncated or concatenated text stands out on screen. Pure: no i18next import.

/** Language code the game accepts as `?lng=pseudo`. */
export const PSEUDO_LNG = 'pseudo';
/** Extra length as a share of the text (translations into hy/ru often run 30–40 % longer). */
export const PSEUDO_EXPANSION = 0.4;

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FANCY = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšŧüṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŦÜṼŴẊÝŽ';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...PLAIN].map((c, i) => [c, [...FANCY][i] ?? c]),
);

/** Placeholders, nestings and line breaks pass through untouched. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|\n)/;

export function pseudoLocalize(str: string): string {
  const parts = str.split(PROTECTED);
  const text = parts.filter((_, i) => i % 2 === 0).join('');
  const vowels = (text.match(/[aeiouyAEIOUY]/g) ?? []).length;
  let budget = Math.round([...text].length * PSEUDO_EXPANSION);
  // Spread the doubling over the whole string, not just its start: double each vowel with
  // probability budget/vowels, decided by an accumulator so the result is deterministic.
  const rate = vowels ? Math.min(1, budget / vowels) : 0;
  let acc = 0;
  const body = parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      let out = '';
      for (const ch of part) {
        const accented = ACCENTED[ch] ?? ch;
        out += accented;
        if (!/[aeiouyAEIOUY]/.test(ch) || budget <= 0) continue;
        acc += rate;
        if (acc >= 1) {
          acc -= 1;
          budget--;
          out += accented;
        }
      }
      return out;
    })
    .join('');
  return `⟦${body}${'~'.repeat(Math.max(0, budget))}⟧`;
}

/** Applies pseudoLocalize to every string of every namespace, keeping keys and structure. */
export function buildPseudoResources(enResources: Record<string, unknown>): Record<string, unknown> {
  return mapStrings(enResources) as Record<string, unknown>;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return pseudoLocalize(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value && typeof value === 'object') {
    return withAllPluralForms(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v)])));
  }
  return value;
}

const FORMS = ['zero', 'one', 'two', 'few', 'many'];

/**
 * `Intl.PluralRules('pseudo')` resolves to the browser's default locale, which may need `_few` or
 * `_many` (a Russian browser): give every plural group all forms, copied from `_other`, so the
 * pseudo text never falls back to English.
 */
function withAllPluralForms(obj: Record<string, unknown>): Record<string, unknown> {
  const out = { ...obj };
  for (const [key, text] of Object.entries(obj)) {
    const base = /^(.*_)other$/.exec(key)?.[1];
    if (base === undefined || typeof text !== 'string') continue;
    for (const form of FORMS) out[`${base}${form}`] ??= text;
  }
  return out;
}
