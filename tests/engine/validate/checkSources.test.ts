// A check node cites through its quiz item; with neither, the validator warns.
import { describe, expect, it } from 'vitest';
import type { CheckNode } from '../../../src/engine/types';
import { validate } from '../../../src/engine/validate';
import { fixture } from '../fixture';

const codesAt = (s: ReturnType<typeof fixture>, node: string) =>
  validate(s)
    .filter((d) => d.path.join('.') === `nodes.${node}`)
    .map((d) => d.code);

describe('sources on check nodes', () => {
  it('accepts a check whose quiz item names sources', () => {
    expect((fixture().nodes.q1 as CheckNode).sources).toBeUndefined();
    expect(codesAt(fixture(), 'q1')).not.toContain('sources.missing');
  });

  it('warns when neither the check nor its item cites anything', () => {
    const s = fixture();
    const item = s.quiz.find((q) => q.id === 'date');
    if (item) item.sources = [];
    expect(codesAt(s, 'q1')).toContain('sources.missing');
  });
});
