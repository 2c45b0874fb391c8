// Importing: codes wrapped over lines are joined, codes in chat text are found, every import
// ends with a report naming each unreadable source and why, and nothing unreadable is stored.
import { describe, expect, it } from 'vitest';
import { encodeResult, MAX_INPUT } from '../../src/platform/resultCode';
import { resultFileText, resultFromRun } from '../../src/platform/resultFile';
import { createResultStore } from '../../src/platform/resultStore';
import { findCodes, importSources } from '../../src/teacher/importCodes';
import { finishedRun, studentMeta } from '../support/runs';

const meta = studentMeta;
const data = resultFromRun(finishedRun(), meta);
const code = encodeResult(data);
const other = encodeResult({ ...data, name: 'Aram' });

function memoryStore() {
  const m = new Map<string, string>();
  return createResultStore({
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
  });
}

describe('findCodes', () => {
  it('joins a code a chat app wrapped over several lines', () => {
    const wrapped = code.replace(/(.{30})/g, '$1\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    expect(findCodes(wrapped)).toEqual([code]);
  });

  it('finds codes inside chat text, leaving the words around them out', () => {
    const chat = `[10:02] Ani: here is mine ${code} thanks!\n[10:03] Aram: ${other}. bye`;
    expect(findCodes(chat)).toEqual([code, other]);
  });

  it('keeps a cut-off code so the teacher hears it is incomplete', () => {
    expect(findCodes(`look: ${code.slice(0, 40)}`)).toEqual([code.slice(0, 40)]);
  });
});

describe('importSources', () => {
  it('reports added, already there and unreadable, with the file name and reason', () => {
    const store = memoryStore();
    const first = importSources([{ name: '', text: `${code}\n${other}` }], store);
    expect(first).toEqual({ added: 2, already: 0, refused: 0, unreadable: [] });
    const second = importSources(
      [
        { name: 'ani.precedent.json', text: resultFileText(data) },
        { name: 'notes.txt', text: 'homework done' },
        { name: 'huge.json', size: 5_000_000 },
        { name: 'cut.txt', text: code.slice(0, -3) },
      ],
      store,
    );
    expect(second.added).toBe(0);
    expect(second.already).toBe(1);
    expect(second.unreadable).toEqual([
      { source: 'notes.txt', error: { kind: 'noCode' } },
      { source: 'huge.json', error: { kind: 'tooLarge', size: 5_000_000 } },
      { source: 'cut.txt', error: { kind: 'truncated' } },
    ]);
    expect(store.list()).toEqual([code, other]);
  });

  it('says codes were refused, not added, when the browser will not store them, and takes them later', () => {
    const m = new Map<string, string>();
    let full = true;
    const store = createResultStore({
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError');
        m.set(k, v);
      },
      removeItem: (k) => void m.delete(k),
    });
    expect(importSources([{ name: '', text: `${code}\n${other}` }], store)).toEqual({
      added: 0,
      already: 0,
      refused: 2,
      unreadable: [],
    });
    expect(store.list()).toEqual([]);
    full = false;
    expect(importSources([{ name: '', text: `${code}\n${other}` }], store).added).toBe(2);
    expect(store.list()).toEqual([code, other]);
  });

  it('stores only codes that were read', () => {
    const store = memoryStore();
    const bad = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const r = importSources([{ name: '', text: `${bad}\n${code}` }], store);
    expect(r.unreadable).toEqual([{ source: '', error: { kind: 'checksum' } }]);
    expect(store.list()).toEqual([code]);
  });

  it('says so when a paste is over the limit instead of dropping it', () => {
    const r = importSources([{ name: '', size: 2_000_000 }], memoryStore());
    expect(r.unreadable).toEqual([{ source: '', error: { kind: 'tooLarge', size: 2_000_000 } }]);
  });

  it('says so when pasted text is over MAX_INPUT, and stores nothing from it', () => {
    const store = memoryStore();
    const junk = 'x'.repeat(MAX_INPUT + 1);
    const padded = `${code}${' '.repeat(MAX_INPUT)}`;
    const r = importSources(
      [
        { name: '', text: junk },
        { name: 'padded.txt', text: padded },
      ],
      store,
    );
    expect(r.unreadable).toEqual([
      { source: '', error: { kind: 'tooLarge', size: MAX_INPUT + 1 } },
      { source: 'padded.txt', error: { kind: 'tooLarge', size: padded.length } },
    ]);
    expect(store.list()).toEqual([]);
  });
});
