// Shows author or student input inside a message safely: a message may echo an id, a source
// text or a pasted code, and that value must never drive a terminal (ANSI escapes, BEL), hide
// itself (zero-width or right-to-left marks), or flood a screen (100,000 characters).

/** Longest echoed value; longer ones are cut and their full length is stated. */
export const ECHO_MAX = 80;

// Control (Cc), format (Cf: bidi marks, zero-width, BOM), line and paragraph separators,
// unassigned/private/surrogate code points, and non-ASCII spaces that look like ASCII ones.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const escapeChar = (ch: string): string => {
  const cp = ch.codePointAt(0) as number;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
};

/**
 * `value` made safe to print: unsafe characters as `\uXXXX` escapes, and at most `max`
 * characters of the original kept, with the full length stated when it was cut.
 */
export function safeEcho(value: unknown, max = ECHO_MAX): string {
  const s = typeof value === 'string' ? value : String(value);
  const chars = Array.from(s.length > max * 4 ? s.slice(0, max * 4) : s);
  const cut = chars.length > max || s.length > max * 4;
  const shown = (cut ? chars.slice(0, max) : chars).join('').replace(UNSAFE_ALL, escapeChar);
  return cut ? `${shown}… (${s.length} characters)` : shown;
}

export const hasUnsafeChars = (s: string): boolean => UNSAFE.test(s);

/**
 * A whole line made safe to print, uncut: the last guard where messages meet a terminal, so a
 * value some check forgot to pass through `safeEcho` still cannot drive or hide anything.
 */
export const printable = (line: string): string => line.replace(UNSAFE_ALL, escapeChar);

// Scripts a confusable letter may come from; an id mixing them is almost always a typo such as
// a Cyrillic "е" typed into a Latin id.
const SCRIPTS = ['Latin', 'Cyrillic', 'Armenian', 'Greek'] as const;
const SCRIPT_RE = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')])) as Record<
  (typeof SCRIPTS)[number],
  RegExp
>;

/**
 * When `id` mixes letters of two scripts, names the first letter of the minority script:
 * "Cyrillic 'е' (U+0435) among Latin letters". Otherwise undefined.
 */
export function mixedScript(id: string): string | undefined {
  const count = new Map<string, string[]>();
  for (const ch of id) {
    const script = SCRIPTS.find((s) => SCRIPT_RE[s].test(ch));
    if (!script) continue;
    const list = count.get(script) ?? [];
    list.push(ch);
    count.set(script, list);
  }
  if (count.size < 2) return undefined;
  const sorted = [...count.entries()].sort((a, b) => b[1].length - a[1].length);
  const [major] = sorted[0] as [string, string[]];
  const [minor, letters] = sorted[1] as [string, string[]];
  const ch = letters[0] as string;
  const cp = (ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
  return `${minor} '${ch}' (U+${cp}) among ${major} letters`;
}
