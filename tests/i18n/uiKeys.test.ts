// Typed UI keys: `ui()` takes only keys the English `common` file has (plural groups by their base
// key). The @ts-expect-error lines are the test: `tsc --noEmit` (a CI step) fails if a missing key
// were ever accepted, because an expected error that does not occur is itself an error.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/common.json';
import type { UiKey } from '../../src/i18n/keys';

const known: UiKey[] = ['app.name', 'notice.dismiss', 'quiz.heading'];
// @ts-expect-error a key English lacks
const missing: UiKey = 'menu.nope';
// @ts-expect-error a group, not a string
const group: UiKey = 'settings';

function lookup(path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);
}

describe('typed UI keys', () => {
  it('name strings English has, and the refused ones do not', () => {
    for (const k of known) expect(typeof lookup(k)).toBe('string');
    expect(lookup(missing)).toBeUndefined();
    expect(typeof lookup(group)).toBe('object');
  });
});
