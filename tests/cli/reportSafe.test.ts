// The one formatter for `validate` and `i18n:check` is the last guard before the terminal: whatever
// a check put in a message, fix or file name, the printed line holds no control, bidi or zero-width
// character. Seen failing with `printable` removed from formatDiagnostic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/dev/report';
import { type Diagnostic, hasUnsafeChars } from '../../src/engine';

const hostile = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `${s}\u001b[2J\u0007\u202e\u200b`);

describe('formatDiagnostic', () => {
  it('never prints an unsafe character, whatever the diagnostic holds', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (message, fix, file) => {
        const d: Diagnostic = { file, line: 3, severity: 'error', code: 'x.y', path: ['a'], message, fix };
        const line = formatDiagnostic(d);
        expect(hasUnsafeChars(line)).toBe(false);
        expect(line).toContain('\\u001b[2J');
      }),
    );
  });
});
