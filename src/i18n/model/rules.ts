// Checks on one string in isolation: over-long text, empty text, markup (the game draws text on a canvas and the
// teacher page inserts it as text, so tags are always a mistake) and Latin leftovers in non-Latin scripts.

import { MAX_TEXT_LENGTH } from './constants';

export interface Finding {
  /** Rule name, `i18n.<rule>`, shown before the message. */
  code?: string;
  message: string;
  fix: string;
  /** A warning, not an error: a rule that can be wrong (a glossary term may be rightly paraphrased). */
  warning?: boolean;
}

/** Characters (code points), not UTF-16 units, so that Armenian and emoji count as people see them. */
function charCount(text: string, stopAfter: number): number {
  let n = 0;
  for (const _ of text) if (++n > stopAfter) break;
  return n;
}

export function lengthFinding(text: string): Finding | undefined {
  if (text.length <= MAX_TEXT_LENGTH || charCount(text, MAX_TEXT_LENGTH) <= MAX_TEXT_LENGTH) return undefined;
  const n = charCount(text, Infinity).toLocaleString('en');
  const max = MAX_TEXT_LENGTH.toLocaleString('en');
  return {
    code: 'i18n.tooLong',
    message: `string too long: ${n} characters; a string may have at most ${max} (its other checks were skipped)`,
    fix: `shorten it or split it into several keys (limit: MAX_TEXT_LENGTH in src/i18n/model/constants.ts)`,
  };
}

export function emptyFinding(text: string): Finding | undefined {
  if (text.trim() !== '') return undefined;
  return {
    code: 'i18n.empty',
    message: 'empty string',
    fix: 'write the text, or delete the key so that English is shown',
  };
}

const MARKUP: [RegExp, string][] = [
  [/<\/?[A-Za-z][^>]*>/, 'an HTML/XML tag'],
  // Unclosed, as a truncated or obfuscated injection would be: `<script src=…`, `<img src=x onerror=…`.
  [
    /<\/?(?:script|iframe|frame|img|image|svg|math|object|embed|style|link|meta|base|form|input|video|audio|source)\b/i,
    'an HTML tag',
  ],
  [/<!--/, 'an HTML comment'],
  [/\b(?:javascript|vbscript)\s*:/i, 'a script URL'],
  [/\bdata\s*:\s*text\/html/i, 'a data: URL'],
  [/\bon[a-z]+\s*=\s*["']/i, 'an event-handler attribute'],
  [
    /\bon(?:error|load|click|dblclick|mouse[a-z]+|pointer[a-z]+|focus|blur|key[a-z]+|submit|change|input|toggle|animation[a-z]+|transition[a-z]+)\s*=/i,
    'an event-handler attribute',
  ],
  [/&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/, 'an HTML entity'],
];

export function markupFinding(text: string): Finding | undefined {
  for (const [re, what] of MARKUP) {
    const m = re.exec(text);
    if (m) {
      return {
        code: 'i18n.markup',
        message: `markup in text: ${what} ${JSON.stringify(m[0])}`,
        fix: 'write plain text (the game shows strings as text, never as HTML); use the character itself, not an entity',
      };
    }
  }
  return undefined;
}

/** Removes what may legitimately be Latin: placeholders, nestings, URLs, digits, allowed words. */
export function stripAllowed(text: string, allowedLatin: readonly string[]): string {
  let rest = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  // Longest first, so that "Human Rights Watch" goes before "Human"; before digits, so that
  // an allowed "France 24" still matches.
  for (const word of [...allowedLatin].sort((a, b) => b.length - a.length)) {
    if (word.trim() === '') continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu');
    rest = rest.replace(re, ' ');
  }
  return rest.replace(/\p{Nd}+/gu, ' ');
}

export function latinFinding(text: string, allowedLatin: readonly string[]): Finding | undefined {
  const words = stripAllowed(text, allowedLatin).match(/[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*/gu);
  if (!words) return undefined;
  // "Enter-ով" reports "Enter", not "Enter-".
  const list = [...new Set(words.map((w) => w.replace(/[-'’]+$/, '')))]
    .map((w) => JSON.stringify(w))
    .join(', ');
  return {
    code: 'i18n.latin',
    message: `Latin-script text left in the translation: ${list}`,
    fix: 'translate or transliterate it, or if it must stay in Latin letters (a name, an acronym) add it to "allowedLatin" in this language\'s _glossary.<scenario>.json',
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
