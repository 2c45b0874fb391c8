// The downloadable result file: the same data as the code in readable JSON, plus the code itself,
// which is what the teacher page trusts (the readable fields are for humans and spreadsheets).

import type { EngineEvent, Result, Run } from '../engine';
import { type CodeError, decodeResult, encodeResult, MAX_INPUT, type ResultData } from './resultCode';

export const RESULT_FILE_FORMAT = 'precedent-result';

export interface ResultFile {
  format: typeof RESULT_FILE_FORMAT;
  version: 1;
  code: string;
  scenario: string;
  contentVersion: number;
  mode: ResultData['mode'];
  classLabel: string;
  name: string;
  startedAt: string;
  finishedAt: string;
  ending?: string;
  score?: Record<string, number>;
  seed: number;
  events: EngineEvent[];
}

/** The result of a finished (or abandoned) run, ready to encode. */
export function resultFromRun(
  run: Run,
  meta: Pick<ResultData, 'mode' | 'classLabel' | 'name' | 'startedAt'> & {
    finishedAt?: number;
    assignment?: string;
  },
): ResultData {
  const ctx = run.context;
  const s = run.scenario.scenario;
  return {
    scenario: s.id,
    contentVersion: s.contentVersion,
    mode: meta.mode,
    classLabel: meta.classLabel,
    name: meta.name,
    startedAt: meta.startedAt,
    finishedAt: meta.finishedAt ?? Date.now(),
    seed: ctx.seed,
    events: ctx.log.map(({ node: _node, ...event }) => event as EngineEvent),
    claim: run.done ? { ending: run.node, score: { ...ctx.score } } : undefined,
    ...(meta.assignment ? { assignment: meta.assignment } : {}),
  };
}

export function resultFileText(r: ResultData): string {
  const code = encodeResult(r);
  const file: ResultFile = {
    format: RESULT_FILE_FORMAT,
    version: 1,
    code,
    scenario: r.scenario,
    contentVersion: r.contentVersion,
    mode: r.mode,
    classLabel: r.classLabel,
    name: r.name,
    startedAt: new Date(r.startedAt).toISOString(),
    finishedAt: new Date(r.finishedAt).toISOString(),
    ending: r.claim?.ending,
    score: r.claim?.score,
    seed: r.seed,
    events: r.events,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name safe on every OS: scenario, name and date, no path characters. */
export function resultFileName(r: ResultData): string {
  const safe = (s: string) => s.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  const date = new Date(r.finishedAt).toISOString().slice(0, 10);
  return `${[r.scenario, safe(r.name), date].filter(Boolean).join('_')}.precedent.json`;
}

/** Reads a result file (or a bare code pasted into a file) and decodes its code. */
export function readResultFile(text: string): Result<ResultData, CodeError> {
  if (text.length > MAX_INPUT) return { ok: false, error: { kind: 'tooLarge', size: text.length } };
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return decodeResult(trimmed);
  try {
    const file = JSON.parse(trimmed) as Partial<ResultFile>;
    if (file.format !== RESULT_FILE_FORMAT || typeof file.code !== 'string') {
      return { ok: false, error: { kind: 'malformed', detail: 'not a Precedent result file' } };
    }
    return decodeResult(file.code);
  } catch {
    return { ok: false, error: { kind: 'malformed', detail: 'not JSON' } };
  }
}

/** The code inside a result file's text (or the text itself: a bare code, or something to flag). */
export function codeInFile(text: string): string {
  try {
    const file = JSON.parse(text) as Partial<ResultFile>;
    if (file?.format === RESULT_FILE_FORMAT && typeof file.code === 'string') return file.code;
  } catch {
    // Not JSON: a bare code saved as text, or a file to flag as unreadable.
  }
  return text.trim();
}
