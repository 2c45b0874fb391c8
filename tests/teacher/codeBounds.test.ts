// Result-code decoding is bounded before it allocates: event counts, list lengths, id lengths and
// the code's own length, at and just past each limit; fast-check properties over random payloads.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crcHex, toBase64url } from '../../src/platform/checksum';
import {
  decodeResult,
  encodeResult,
  MAX_CODE,
  MAX_EVENTS,
  MAX_ID,
  MAX_LIST,
  type ResultData,
} from '../../src/platform/resultCode';

/** A correctly checksummed code around any payload, as a hostile student could make one. */
function forge(payload: unknown, version = 1): string {
  const head = `PRC${version}.${toBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 }))}`;
  return `${head}.${crcHex(head)}`;
}
const withEvents = (list: unknown[], extra: unknown[] = []) =>
  forge(['fixture', 1, 'a', '', '', 1, 2, 3, list, 0, ...extra], extra.length ? 2 : 1);
const kind = (code: string) => {
  const r = decodeResult(code);
  return r.ok
    ? `ok:${r.value.events.length}`
    : `${r.error.kind}${'detail' in r.error ? `:${r.error.detail}` : ''}`;
};

describe('decoding limits', () => {
  // No clock: a decoder that expanded the 30 million events first would hang or throw RangeError.
  it('refuses a short code whose continue runs expand past MAX_EVENTS, before expanding them', () => {
    const code = withEvents(Array.from({ length: 3000 }, () => 10_000));
    expect(code.length).toBeLessThan(600);
    expect(kind(code)).toBe(`malformed:event log longer than ${MAX_EVENTS} events`);
    expect(kind(withEvents([1e9]))).toBe(`malformed:event log longer than ${MAX_EVENTS} events`);
  });

  it('accepts exactly MAX_EVENTS events and refuses one more', () => {
    expect(kind(withEvents([MAX_EVENTS - 1, 'x']))).toBe(`ok:${MAX_EVENTS}`);
    expect(kind(withEvents([MAX_EVENTS, 'x']))).toMatch(/^malformed:event log longer/);
    expect(kind(withEvents(Array.from({ length: MAX_EVENTS + 1 }, () => 'x')))).toMatch(
      /^malformed:event log longer/,
    );
  });

  it('refuses ids over MAX_ID and answer lists over MAX_LIST', () => {
    expect(kind(withEvents(['x'.repeat(MAX_ID)]))).toBe('ok:1');
    expect(kind(withEvents(['x'.repeat(MAX_ID + 1)]))).toBe('malformed:event log');
    const opts = (n: number) => [['q', 'm', Array.from({ length: n }, (_, i) => `o${i}`)]];
    expect(kind(withEvents(opts(MAX_LIST)))).toBe('ok:1');
    expect(kind(withEvents(opts(MAX_LIST + 1)))).toBe('malformed:event log');
  });

  it('refuses a code over MAX_CODE characters before decoding it', () => {
    const r = decodeResult(`PRC1.${'A'.repeat(MAX_CODE)}.00000000`);
    expect(r).toEqual({ ok: false, error: { kind: 'tooLarge', size: MAX_CODE + 14 } });
  });

  it('names upper-cased check digits', () => {
    const code = encodeResult(sample([]));
    const upper = code.slice(0, -8) + code.slice(-8).toUpperCase();
    if (upper === code) throw new Error('check digits have no letters; pick another sample');
    expect(decodeResult(upper)).toEqual({ ok: false, error: { kind: 'checksumCase' } });
  });

  it('writes version 2 with an assignment id, version 1 without, and reads both', () => {
    const v1 = encodeResult(sample([]));
    const v2 = encodeResult({ ...sample([]), assignment: 'Ab3_-x' });
    expect(v1.startsWith('PRC1.')).toBe(true);
    expect(v2.startsWith('PRC2.')).toBe(true);
    const back = decodeResult(v2);
    expect(back.ok && back.value.assignment).toBe('Ab3_-x');
    expect(kind(withEvents([], ['bad id!']))).toBe('malformed:assignment id');
  });
});

function sample(events: ResultData['events']): ResultData {
  return {
    scenario: 'fixture',
    contentVersion: 1,
    mode: 'practice',
    classLabel: '9A',
    name: 'Ani',
    startedAt: 1_000_000,
    finishedAt: 2_000_000,
    seed: 7,
    events,
  };
}

const id = fc.string({ minLength: 1, maxLength: 12 });
const event = fc.oneof(
  fc.constant({ type: 'node.continue' as const }),
  id.map((choice) => ({ type: 'choice.select' as const, choice })),
  fc.tuple(id, id).map(([item, option]) => ({
    type: 'quiz.answer' as const,
    item,
    answer: { type: 'single' as const, option },
  })),
);

describe('decoder properties', () => {
  it('round-trips any log up to MAX_EVENTS events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: MAX_EVENTS }), (events) => {
        const r = decodeResult(encodeResult(sample(events)));
        expect(r.ok && r.value.events).toEqual(events);
      }),
      { numRuns: 60 },
    );
  });

  it('expands any compacted list to its true length, or refuses it past the limit', () => {
    const entry = fc.oneof(fc.integer({ min: 1, max: 4 * MAX_EVENTS }), id);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 2 * MAX_EVENTS }), (list) => {
        const total = list.reduce<number>((s, c) => s + (typeof c === 'number' ? c : 1), 0);
        expect(kind(withEvents(list))).toBe(
          total <= MAX_EVENTS ? `ok:${total}` : `malformed:event log longer than ${MAX_EVENTS} events`,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any text, nor on any checksummed payload', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (s) => void decodeResult(s)));
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void decodeResult(forge(v))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { minLength: 10, maxLength: 11 }),
        (v) => void decodeResult(forge(v, v.length === 10 ? 1 : 2)),
      ),
      { numRuns: 300 },
    );
  });
});
