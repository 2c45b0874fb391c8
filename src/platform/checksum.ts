// CRC-32 (IEEE) and base64url, written here so result codes need no Node or browser built-ins.

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 of a string's UTF-16 code units (result codes are ASCII, so this is byte-exact). */
export function crc32(text: string): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    c = (t[(c ^ text.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
    // A code unit above 0xff contributes its high byte too, so no character is ever ignored.
    if (text.charCodeAt(i) > 0xff) c = (t[(c ^ (text.charCodeAt(i) >>> 8)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The checksum as it is written in a code: always 8 lower-case hex digits. */
export const crcHex = (text: string): string => crc32(text).toString(16).padStart(8, '0');

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Decodes unpadded base64url; undefined on any character outside the alphabet or a bad length. */
export function fromBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}
