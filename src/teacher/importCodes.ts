// Importing results: finds every result code in pasted text or a file (joining codes a chat app
// wrapped over lines, skipping the chat text around them), decodes each on its own, stores only
// the ones that were read, and reports "N added, N already there, N unreadable" with reasons.

import { type CodeError, decodeResult, MAX_INPUT } from '../platform/resultCode';
import { codeInFile } from '../platform/resultFile';
import type { ResultStore } from '../platform/resultStore';

/**
 * A code with any whitespace inside it (a wrapped line), but none inside `PRC<digits>.`. The body
 * cannot hold a dot, so the match stops at the check digits and chat text after it is left out.
 */
const CODE_IN_TEXT = /PRC\d{1,3}\.[A-Za-z0-9_\-\s]*?[A-Za-z0-9_-]\s*\.(?:\s*[0-9a-fA-F]){8}/g;
/** Something that starts like a code but does not complete (cut off in the chat). */
const CODE_START = /PRC\d{1,3}\./g;

export interface Source {
  /** A file name, or '' for the paste box. */
  name: string;
  text?: string;
  /** Set when the file was too large to read. */
  size?: number;
}

export interface Unreadable {
  source: string;
  error: CodeError | { kind: 'noCode' };
}

export interface ImportReport {
  added: number;
  already: number;
  /** Read, new, but refused by the browser's storage: not added, and said so. */
  refused: number;
  unreadable: Unreadable[];
}

/** Every code in a text, whitespace removed; a lone cut-off code start is returned as is. */
export function findCodes(text: string): string[] {
  const found = [...text.matchAll(CODE_IN_TEXT)].map((m) => m[0].replace(/\s+/g, ''));
  const starts = [...text.matchAll(CODE_START)].length;
  if (starts > found.length) {
    // A code that never reaches its check digits: kept so the teacher hears it is incomplete.
    const rest = text.replace(CODE_IN_TEXT, ' ');
    for (const m of rest.matchAll(/PRC\d{1,3}\.[A-Za-z0-9_.-]*/g)) found.push(m[0]);
  }
  return found;
}

/** The candidate codes of one source: a result file's code, or every code found in the text. */
function candidates(src: Source): string[] | Unreadable['error'] {
  if (src.text === undefined) return { kind: 'tooLarge', size: src.size ?? 0 };
  if (src.text.length > MAX_INPUT) return { kind: 'tooLarge', size: src.text.length };
  const trimmed = src.text.trim();
  if (trimmed.startsWith('{')) return [codeInFile(trimmed)];
  const codes = findCodes(trimmed);
  return codes.length ? codes : { kind: 'noCode' };
}

export function importSources(sources: readonly Source[], store: ResultStore): ImportReport {
  const report: ImportReport = { added: 0, already: 0, refused: 0, unreadable: [] };
  for (const src of sources) {
    const found = candidates(src);
    if (!Array.isArray(found)) {
      // An empty paste box is not an import; anything else that yields no code is reported.
      const empty = !src.name && src.text !== undefined && !src.text.trim();
      if (!empty) report.unreadable.push({ source: src.name, error: found });
      continue;
    }
    const readable: string[] = [];
    for (const code of found) {
      const decoded = decodeResult(code);
      if (decoded.ok) readable.push(code);
      else report.unreadable.push({ source: src.name, error: decoded.error });
    }
    const { added, refused } = store.add(readable);
    report.added += added;
    report.refused += refused;
    report.already += readable.length - added - refused;
  }
  return report;
}
