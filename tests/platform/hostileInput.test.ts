// Hostile result codes, result files and stored rows that the older tests let through unseen:
// each case here failed with one guard of resultCode.ts, resultFile.ts or resultStore.ts removed
// (docs/hostile-input.md names the guard for each).
import { deflateSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { crcHex, toBase64url } from '../../src/platform/checksum';
import { decodeResult, encodeResult, MAX_INPUT, MAX_LIST, MAX_PAYLOAD } from '../../src/platform/resultCode';
import { readResultFile, resultFromRun } from '../../src/platform/resultFile';
import { createResultStore } from '../../src/platform/resultStore';
import { finishedRun, studentMeta } from '../support/runs';

// The real inflater, watched: the bytes each call allocates for its output are recorded, so the
// payload cap is seen as memory (the refusal alone reads the same with or without it).
const inflated = vi.hoisted(() => [] as number[]);
vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  const inflateSync = ((...args: Parameters<typeof real.inflateSync>) => {
    const out = real.inflateSync(...args);
    inflated.push(out.buffer.byteLength);
    return out;
  }) as typeof real.inflateSync;
  return { ...real, inflateSync };
});

/** A correctly checksummed version 1 code around any payload text, as a hostile student could make. */
function forgeText(json: string): string {
  const head = `PRC1.${toBase64url(deflateSync(new TextEncoder().encode(json), { level: 9 }))}`;
  return `${head}.${crcHex(head)}`;
}
const fields = (over: Partial<Record<'name' | 'claim', string>> = {}) =>
  `["fixture",1,"a","",${over.name ?? '""'},1,2,3,[1],${over.claim ?? '0'}]`;
const outcome = (code: string) => {
  const r = decodeResult(code);
  return r.ok ? 'ok' : `${r.error.kind}${'detail' in r.error ? `:${r.error.detail}` : ''}`;
};

const code = encodeResult(resultFromRun(finishedRun(), studentMeta));

describe('result codes: hostile payloads', () => {
  it('the forged payloads decode when well-formed (so each refusal below is for its one fault)', () => {
    expect(outcome(forgeText(fields()))).toBe('ok');
    expect(outcome(forgeText(fields({ claim: '["end",{"judgment":1}]' })))).toBe('ok');
  });

  it('refuses a valid code padded past MAX_INPUT with whitespace, before removing it', () => {
    const padded = `${code}${' '.repeat(MAX_INPUT)}`;
    expect(decodeResult(padded)).toEqual({ ok: false, error: { kind: 'tooLarge', size: padded.length } });
  });

  it('inflates a 2 MB "zip bomb" into no more memory than the payload cap, and names it', () => {
    const bomb = forgeText(`["${'a'.repeat(2_000_000)}"]`);
    inflated.length = 0;
    expect(outcome(bomb)).toBe('malformed:payload too large');
    expect(inflated).toHaveLength(1);
    expect(inflated[0]).toBeLessThanOrEqual(MAX_PAYLOAD + 1);
  });

  it('refuses a claimed score that JSON reads as Infinity (1e999) or that is not a number', () => {
    expect(outcome(forgeText(fields({ claim: '["end",{"judgment":1e999}]' })))).toBe('malformed:claim');
    expect(outcome(forgeText(fields({ claim: '["end",{"judgment":"5"}]' })))).toBe('malformed:claim');
  });

  it('keeps a claimed axis named __proto__ as a plain key', () => {
    const r = decodeResult(forgeText(fields({ claim: '["end",{"__proto__":5,"judgment":1}]' })));
    const score = r.ok ? r.value.claim?.score : undefined;
    expect(score && Object.hasOwn(score, '__proto__') && Object.entries(score)).toEqual([
      ['__proto__', 5],
      ['judgment', 1],
    ]);
  });

  it('refuses a claim listing more than MAX_LIST axes', () => {
    const axes = (n: number) =>
      JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, 0])));
    expect(outcome(forgeText(fields({ claim: `["end",${axes(MAX_LIST)}]` })))).toBe('ok');
    expect(outcome(forgeText(fields({ claim: `["end",${axes(MAX_LIST + 1)}]` })))).toBe('malformed:claim');
  });

  it('refuses a name longer than the 80 characters any game writes', () => {
    expect(outcome(forgeText(fields({ name: JSON.stringify('n'.repeat(80)) })))).toBe('ok');
    expect(outcome(forgeText(fields({ name: JSON.stringify('n'.repeat(81)) })))).toBe('malformed:labels');
  });
});

describe('result files: hostile files', () => {
  const detail = (text: string) => {
    const r = readResultFile(text);
    return r.ok ? 'ok' : `${r.error.kind}${'detail' in r.error ? `:${r.error.detail}` : ''}`;
  };

  it('names JSON that is not a result file, and a file that is not JSON', () => {
    expect(detail('{"hello": 1}')).toBe('malformed:not a Precedent result file');
    expect(detail('{"format": "precedent-result", "code": 7}')).toBe('malformed:not a Precedent result file');
    // A readable code inside a file of another format is refused too: the format names the file.
    expect(detail(JSON.stringify({ format: 'other-result', code }))).toBe(
      'malformed:not a Precedent result file',
    );
    expect(detail('{"format": "precedent-result", "code": ')).toBe('malformed:not JSON');
  });

  it('refuses a file over MAX_INPUT even when only whitespace makes it large', () => {
    const padded = `${code}${'\n'.repeat(MAX_INPUT)}`;
    expect(readResultFile(padded)).toEqual({ ok: false, error: { kind: 'tooLarge', size: padded.length } });
  });
});

describe('stored rows: valid JSON that is not a list', () => {
  it.each(['{"0": "PRC1.a.b"}', 'null', '"PRC1.a.b"', '7'])('%s is reported as damaged', (raw) => {
    const m = new Map([['precedent.teacher.codes', raw]]);
    const store = createResultStore({
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
    });
    expect(store.load()).toEqual({ codes: [], skipped: 0, damaged: true });
  });
});
