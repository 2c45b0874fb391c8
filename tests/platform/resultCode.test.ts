// Result codes: round trip, every single-character alteration caught, truncation, size and
// version limits, and the result file.
import { describe, expect, it } from 'vitest';
import {
  CODE_VERSION,
  decodeResult,
  encodeResult,
  MAX_INPUT,
  type ResultData,
} from '../../src/platform/resultCode';
import { readResultFile, resultFileName, resultFileText, resultFromRun } from '../../src/platform/resultFile';
import { finishedRun } from '../support/runs';

const meta = {
  mode: 'assessment' as const,
  classLabel: '9Б «Ереван»',
  name: 'Անի Петрова',
  startedAt: 1_764_320_000_000,
};
const data: ResultData = resultFromRun(finishedRun(), { ...meta, finishedAt: 1_764_320_600_000 });
const code = encodeResult(data);

describe('result codes', () => {
  it('round-trips every field, including Armenian and Cyrillic labels', () => {
    expect(code).toMatch(/^PRC1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const back = decodeResult(code);
    expect(back).toEqual({ ok: true, value: data });
    expect(data.claim).toEqual({ ending: 'end_quiet', score: { knowledge: 1, judgment: 1 } });
  });

  it('ignores whitespace and line breaks a chat window adds', () => {
    const wrapped = code.replace(/(.{20})/g, '$1\n ');
    expect(decodeResult(`  ${wrapped}  `).ok).toBe(true);
  });

  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
  it.each([...code].map((ch, i) => [i, ch] as const))('rejects every alteration at position %i', (i, ch) => {
    for (const other of alphabet) {
      if (other === ch) continue;
      const altered = code.slice(0, i) + other + code.slice(i + 1);
      expect(decodeResult(altered).ok, `${ch}->${other} at ${i}`).toBe(false);
    }
  });

  it.each([...Array(code.length).keys()])('rejects the code cut to %i characters', (n) => {
    const r = decodeResult(code.slice(0, n));
    expect(r.ok).toBe(false);
  });

  it('reports a missing checksum as truncated', () => {
    const r = decodeResult(code.slice(0, code.lastIndexOf('.') + 3));
    expect(r).toEqual({ ok: false, error: { kind: 'truncated' } });
    expect(decodeResult(code.slice(0, 40))).toEqual({ ok: false, error: { kind: 'truncated' } });
  });

  it('reports a changed body as a checksum failure', () => {
    const i = 10;
    const altered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeResult(altered)).toEqual({ ok: false, error: { kind: 'checksum' } });
  });

  it('refuses input over 1 MB before any work', () => {
    const r = decodeResult('P'.repeat(MAX_INPUT + 1));
    expect(r).toEqual({ ok: false, error: { kind: 'tooLarge', size: MAX_INPUT + 1 } });
  });

  it('names a code from a newer version of the site', () => {
    // One above the version this site writes, whatever that is now.
    const next = CODE_VERSION + 1;
    expect(decodeResult(code.replace('PRC1.', `PRC${next}.`))).toEqual({
      ok: false,
      error: { kind: 'futureVersion', found: next },
    });
  });

  it.each(['', 'hello', 'PRC.abc.12345678', 'PRC1..00000000'])('calls %j malformed or truncated', (s) => {
    const r = decodeResult(s);
    expect(r.ok).toBe(false);
  });

  it('rejects a well-checksummed code whose payload is not a result', async () => {
    const { crcHex, toBase64url } = await import('../../src/platform/checksum');
    const { deflateSync } = await import('fflate');
    const head = `PRC1.${toBase64url(deflateSync(new TextEncoder().encode('[1,2,3]')))}`;
    const r = decodeResult(`${head}.${crcHex(head)}`);
    expect(r).toEqual({ ok: false, error: { kind: 'malformed', detail: 'payload is not a 10-field list' } });
  });

  it('rejects a payload that inflates beyond its cap (a "zip bomb")', async () => {
    const { crcHex, toBase64url } = await import('../../src/platform/checksum');
    const { deflateSync } = await import('fflate');
    const big = new TextEncoder().encode(`["${'a'.repeat(2_000_000)}"]`);
    const head = `PRC1.${toBase64url(deflateSync(big, { level: 9 }))}`;
    expect(head.length).toBeLessThan(MAX_INPUT);
    const r = decodeResult(`${head}.${crcHex(head)}`);
    expect(r).toEqual({ ok: false, error: { kind: 'malformed', detail: 'payload too large' } });
  });

  it('stays short for a full play of the fixture', () => {
    expect(code.length).toBeLessThan(300);
  });
});

describe('result files', () => {
  it('hold the readable data and the code, and read back through the code', () => {
    const text = resultFileText(data);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'precedent-result', code, name: meta.name, ending: 'end_quiet' });
    expect(readResultFile(text)).toEqual({ ok: true, value: data });
  });

  it('trust the code, not the readable fields', () => {
    const file = JSON.parse(resultFileText(data));
    file.score.judgment = 99;
    const r = readResultFile(JSON.stringify(file));
    expect(r.ok && r.value.claim?.score.judgment).toBe(1);
  });

  it('accept a bare code and refuse other JSON', () => {
    expect(readResultFile(`${code}\n`).ok).toBe(true);
    const r = readResultFile('{"hello": 1}');
    expect(r).toEqual({ ok: false, error: { kind: 'malformed', detail: 'not a Precedent result file' } });
  });

  it('get a file name without path characters', () => {
    expect(resultFileName({ ...data, name: '../Ани/..' })).toBe('fixture_Ани_2025-11-28.precedent.json');
  });
});
