// Our browser-safe SHA-256 must agree with node:crypto byte for byte (lock files depend on it).

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/cli/i18n/sha256';

describe('sha256Hex', () => {
  it('matches node:crypto on ASCII, Armenian, Cyrillic, emoji and every padding length', () => {
    const samples = ['', 'abc', 'Հայերեն ։', 'Русский {{count}}', '😀'.repeat(40)];
    for (let n = 50; n < 140; n++) samples.push('x'.repeat(n), 'Ա'.repeat(n >> 1));
    const wrong = samples.filter(
      (s) => sha256Hex(s) !== createHash('sha256').update(s, 'utf8').digest('hex'),
    );
    expect(wrong).toEqual([]);
  });
});
