// Per-language typography and glossary checks on one translated string. The typographic rules
// are the faults the translation review found and fixed once (ASCII periods for the Armenian
// mijaket, the Russian date order in Armenian, straight quotes in Russian), kept as rules so they
// cannot come back. The glossary rule warns when the English names a term and the translation
// uses none of the term's listed forms: the forms are listed because the languages inflect
// (Лапшин, Лапшина, Лапшину…) and a plain string match would miss them.

import type { Finding } from './rules';

interface Rule {
  code: string;
  /** The offending text, if any. */
  find: (text: string) => string | undefined;
  message: (m: string) => string;
  fix: string;
}

const HY_MONTHS =
  'հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|հոկտեմբերի|նոյեմբերի|դեկտեմբերի';

const first = (re: RegExp) => (t: string) => re.exec(t)?.[0];

/** Keyed by language code; a new language adds its own list (or none). */
const RULES: Record<string, Rule[]> = {
  hy: [
    {
      code: 'i18n.hyPeriod',
      // After an Armenian letter, or before one: a full stop there is `։`, an abbreviation or a
      // pause inside the sentence is the mijaket `․` (U+2024). Digits ("1.5") and URLs are not hit.
      find: first(/\p{Script=Armenian}\.(?!\.)|(?<![.\d])\.[ \u00a0]+(?=\p{Script=Armenian})/u),
      message: (m) => `ASCII "." in Armenian text: ${JSON.stringify(m)}`,
      fix: 'use the mijaket "․" (U+2024) inside a sentence or after an abbreviation such as «թ․», and "։" at the end of a sentence',
    },
    {
      code: 'i18n.hyDate',
      find: first(
        new RegExp(
          `\\d{1,2}[ \\u00a0]+(?:${HY_MONTHS})[ \\u00a0]*,?[ \\u00a0]*\\d{4}|\\{\\{day\\}\\}[^{]*\\{\\{month\\}\\}`,
          'u',
        ),
      ),
      message: (m) => `day-month-year date order in Armenian: ${JSON.stringify(m)}`,
      fix: 'write the year first, as the narration does: «2017 թ․ հունվարի 17» ({{year}} թ․ {{month}} {{day}})',
    },
  ],
  ru: [
    {
      code: 'i18n.ruQuotes',
      // „…“ is the nested pair inside «…»; straight quotes and English “…” are never right.
      find: (t) => {
        const straight = /["”]/.exec(t);
        if (straight) return straight[0];
        const close = t.indexOf('“');
        return close >= 0 && t.lastIndexOf('„', close) < 0 ? '“' : undefined;
      },
      message: (m) => `non-Russian quotation mark ${JSON.stringify(m)}`,
      fix: 'use «ёлочки» for quotes, and „лапки“ only for a quote inside a quote',
    },
  ],
};

export function typographyFindings(lng: string, text: string): Finding[] {
  const out: Finding[] = [];
  // Placeholders and URLs are not prose.
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  for (const r of RULES[lng] ?? []) {
    const m = r.find(prose);
    if (m !== undefined) out.push({ code: r.code, message: r.message(m), fix: r.fix });
  }
  return out;
}

/** English term → the forms a translation may use for it (any one is enough). */
export type Terms = ReadonlyMap<string, readonly string[]>;

/** Reads a glossary's `terms`: each value a form or a list of forms. Undefined when malformed. */
export function readTerms(raw: unknown): Map<string, string[]> | undefined {
  if (raw === undefined) return new Map();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const out = new Map<string, string[]>();
  for (const [term, v] of Object.entries(raw)) {
    const forms = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(forms) || forms.length === 0 || !forms.every((f) => typeof f === 'string' && f !== ''))
      return undefined;
    out.set(term, forms);
  }
  return out;
}

/** A whole word or phrase; a form ending in `*` stands for any ending (`Беларус*`). */
const compiled = new Map<string, RegExp>();
// Built once per form: the check runs every term against every string of every locale.
const word = (w: string, flags: string) => {
  const id = `${flags}\u0000${w}`;
  const known = compiled.get(id);
  if (known) return known;
  const prefix = w.endsWith('*');
  const body = (prefix ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, flags);
  compiled.set(id, re);
  return re;
};
/** Quotation marks sit inside or outside an inflected name («Ամնեսթի»-ն, «Ամնեսթին»): not compared. */
const unquoted = (t: string) => t.replace(/[«»„“”"]/g, '');

/** One finding per English term the translation renders with none of its listed forms. */
export function glossaryFindings(
  enText: string,
  text: string,
  terms: Terms,
  glossaryFile: string,
): Finding[] {
  const out: Finding[] = [];
  for (const [term, forms] of terms) {
    // A note in brackets ("Oleksandr (passport spelling)") explains the entry, it is not the term.
    const bare = term.replace(/\s*\([^)]*\)\s*$/, '');
    if (bare === '' || !word(bare, 'u').test(enText)) continue;
    const plain = unquoted(text);
    if (forms.some((f) => word(unquoted(f), 'iu').test(plain))) continue;
    const shown =
      forms
        .slice(0, 4)
        .map((f) => JSON.stringify(f))
        .join(', ') + (forms.length > 4 ? ', …' : '');
    out.push({
      code: 'i18n.glossary',
      warning: true,
      message: `English says ${JSON.stringify(bare)}; the translation uses none of its glossary forms (${shown})`,
      fix: `use the glossary's rendering, or if this is an inflected form of it, add the form to "terms" → ${JSON.stringify(term)} in ${glossaryFile}`,
    });
  }
  return out;
}
