// The lock's hash: node:crypto in the CLI and WebCrypto in a page must agree byte for byte, since
// a lock written by one is read by the other; and a page never guesses a hash it did not compute.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/dev/i18n/hash';
import { loadLocaleSet } from '../../src/dev/i18n/load';
import { webCryptoHash, withWebCryptoHash } from '../../src/i18n/model/hash';
import { buildLocale } from '../../src/i18n/model/locale';
import { localeCompleteness } from '../../src/i18n/model/status';
import { CLEAN } from './helpers';

describe('lock hash', () => {
  it('is SHA-256 (FIPS 180-4 test vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('WebCrypto agrees with node:crypto on ASCII, Armenian, Cyrillic and emoji', async () => {
    const samples = ['', 'abc', 'Հայերեն ։', 'Русский {{count}}', '😀'.repeat(40)];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }), async (extra) => {
        const texts = [...samples, ...extra];
        const hash = await webCryptoHash(texts);
        expect(texts.filter((t) => hash(t) !== sha256Hex(t))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('WebCrypto refuses a text it did not precompute instead of guessing', async () => {
    const hash = await webCryptoHash(['a']);
    expect(() => hash('b')).toThrow(/not precomputed/);
  });

  it('status over a browser-built set equals the CLI one', async () => {
    const cli = loadLocaleSet(CLEAN);
    const files = (code: string) =>
      Object.fromEntries(
        [...(cli.locales.get(code)?.namespaces.values() ?? [])].map((f) => [`${f.ns}.json`, f.raw]),
      );
    const locales = new Map(
      [...cli.locales].map(([code, l]) => [
        code,
        { ...buildLocale(code, files(code)), lock: l.lock, meta: l.meta },
      ]),
    );
    const page = await withWebCryptoHash(locales);
    expect(localeCompleteness(page)).toEqual(localeCompleteness(cli));
  });
});
