// The lock's source hash behind a synchronous interface, so status and stale detection stay
// synchronous everywhere: Node passes node:crypto's SHA-256, a page precomputes with WebCrypto.

import type { LocaleSet } from './locale';
import { sourceTexts } from './lock';

/** Hex SHA-256 of a string's UTF-8 bytes. */
export type Hash = (text: string) => string;

/**
 * A Hash for the given texts, computed with WebCrypto (`crypto.subtle` is async, the model is
 * not): asking for any other text throws, since a silent wrong hash would mark keys stale.
 */
export async function webCryptoHash(texts: Iterable<string>): Promise<Hash> {
  const table = new Map<string, string>();
  for (const text of new Set(texts)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    table.set(text, [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
  }
  return (text) => {
    const hex = table.get(text);
    if (hex === undefined) throw new Error('webCryptoHash: text was not precomputed');
    return hex;
  };
}

/** A locale set whose hash is WebCrypto's, precomputed for every English source text it holds. */
export async function withWebCryptoHash(locales: LocaleSet['locales']): Promise<LocaleSet> {
  const unhashed: LocaleSet = { locales, hash: () => '' };
  return { locales, hash: await webCryptoHash(sourceTexts(unhashed)) };
}
