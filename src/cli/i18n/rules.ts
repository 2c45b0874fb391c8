// Checks on one string in isolation: empty text, markup (the game draws text on a canvas and the
// teacher page inserts it as text, so tags are always a mistake) and Latin leftovers in non-Latin scripts.

export interface Finding {
  message: string;
  fix: string;
}

export function emptyFinding(text: string): Finding | undefined {
  if (text.trim() !== '') return undefined;
  return { message: 'empty string', fix: 'write the text, or delete the key so that English is shown' };
}

const MARKUP: [RegExp, string][] = [
  [/<\/?[A-Za-z][^>]*>/, 'an HTML/XML tag'],
  [/<!--/, 'an HTML comment'],
  [/\b(?:javascript|vbscript)\s*:/i, 'a script URL'],
  [/\bdata\s*:\s*text\/html/i, 'a data: URL'],
  [/\bon[a-z]+\s*=\s*["']/i, 'an event-handler attribute'],
  [/&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/, 'an HTML entity'],
];

export function markupFinding(text: string): Finding | undefined {
  for (const [re, what] of MARKUP) {
    const m = re.exec(text);
    if (m) {
      return {
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
    message: `Latin-script text left in the translation: ${list}`,
    fix: 'translate or transliterate it, or if it must stay in Latin letters (a name, an acronym) add it to "allowedLatin" in this language\'s _glossary.<scenario>.json',
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
