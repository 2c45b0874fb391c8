// Reading author files as text exactly: bytes that are not UTF-8 are an error at their line
// (a lenient decoder would show students "�"), and a JSON syntax error is placed at a line and
// column instead of the runtime's "position 26653".

import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';

export type Decoded = { text: string } | { byte: number; value: number; line: number; column: number };

const strict = new TextDecoder('utf-8', { fatal: true });

/** Second-byte range of a lead byte (rules out overlong forms, surrogates, > U+10FFFF), and length. */
function leadRule(b: number): [lo: number, hi: number, length: number] | undefined {
  if (b >= 0xc2 && b <= 0xdf) return [0x80, 0xbf, 2];
  if (b === 0xe0) return [0xa0, 0xbf, 3];
  if (b === 0xed) return [0x80, 0x9f, 3];
  if (b >= 0xe1 && b <= 0xef) return [0x80, 0xbf, 3];
  if (b === 0xf0) return [0x90, 0xbf, 4];
  if (b >= 0xf1 && b <= 0xf3) return [0x80, 0xbf, 4];
  if (b === 0xf4) return [0x80, 0x8f, 4];
  return undefined;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const rule = leadRule(b);
    if (!rule) return i;
    const [lo, hi, len] = rule;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (c === undefined || c < min || c > max) return i;
    }
    i += len;
  }
  return -1;
}

/** The text of UTF-8 `bytes` (a leading BOM dropped), or where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const before = strict.decode(bytes.subarray(lineStart, at));
    return { byte: at, value: bytes[at] as number, line, column: Array.from(before).length + 1 };
  }
}

/** Line, column and plain words for the first JSON syntax error in `text`, if any. */
export function jsonErrorAt(text: string): { line: number; column: number; message: string } | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const e = errors[0];
  if (!e) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < e.offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = e.offset - lineStart + 1;
  const what = printParseErrorCode(e.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return { line, column, message: `${what} at line ${line}, column ${column}` };
}
