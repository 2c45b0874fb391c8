// Echoed values are safe to print: no control or invisible character survives, long values are
// cut with their length stated, and a letter from another script is named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasUnsafeChars, mixedScript, safeEcho } from '../../src/engine';

describe('safeEcho', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
    ['bell\u0007', 'bell\\u0007'],
    ['nul\u0000', 'nul\\u0000'],
    ['a\u202ecba', 'a\\u202ecba'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['two\nlines', 'two\\u000alines'],
    ['plain-id_1', 'plain-id_1'],
    ['Ծանոթություն', 'Ծանոթություն'],
  ])('%j → %s', (input, want) => expect(safeEcho(input)).toBe(want));

  it('cuts a long value and states its length', () => {
    const out = safeEcho('x'.repeat(100_000));
    expect(out).toBe(`${'x'.repeat(80)}… (100000 characters)`);
  });

  it('never prints an unsafe character and stays bounded, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
        const out = safeEcho(s);
        expect(hasUnsafeChars(out)).toBe(false);
        expect(out.length).toBeLessThanOrEqual(80 * 10 + 40);
      }),
    );
  });
});

describe('mixedScript', () => {
  it('names a Cyrillic letter inside a Latin id', () => {
    expect(mixedScript('d-l\u0435ave')).toBe("Cyrillic 'е' (U+0435) among Latin letters");
  });
  it('accepts one script', () => {
    expect(mixedScript('d-leave')).toBeUndefined();
    expect(mixedScript('հայ')).toBeUndefined();
  });
});
