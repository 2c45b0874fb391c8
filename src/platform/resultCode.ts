// Result codes: a student's finished run as a short, paste-able, checksummed text
// (`PRC<v>.<base64url of deflated compact JSON>.<crc32 hex>`). The code carries the event log,
// not the outcome, so a teacher can replay it and verify. Decoding is bounded before it allocates.

import { deflateSync, inflateSync } from 'fflate';
import type { EngineEvent, QuizAnswer, Result } from '../engine';
import { crcHex, fromBase64url, toBase64url } from './checksum';

/**
 * Version 2 adds the assignment id; version 3 lets the event log carry reasons and confidence
 * marks. Each code is written in the lowest version that holds it, so pages that know only the
 * older versions keep reading codes without reasons, and refuse newer ones as "from a newer version".
 */
export const CODE_VERSION = 3;
export const CODE_PREFIX = 'PRC';
/** Inputs longer than this are refused before any work (a pasted novel, or an attack). */
export const MAX_INPUT = 1_000_000;
/** One code, whitespace removed. Real codes of the longest plays are under 1,500 characters. */
export const MAX_CODE = 8000;
/**
 * Events one code may expand to, checked before anything is allocated. The longest play of the
 * longest shipped scenario is 47 events (standoff; tests/platform/realCode.test.ts computes it
 * from every shipped scenario and fails if it exceeds a quarter of this), so 500 leaves room
 * for longer scenarios while a hostile code can cost at most 500 replay steps.
 */
export const MAX_EVENTS = 500;
/** Longest id (scenario, choice, quiz item, option, ending, axis) a code may carry. */
export const MAX_ID = 200;
/** Most options one quiz answer, and most axes one claim, may list. */
export const MAX_LIST = 64;
/** Inflated payloads are capped too, so a tiny "zip bomb" code cannot exhaust memory. */
export const MAX_PAYLOAD = 64 * 1024;
const MAX_LABEL = 80;
/** Assignment ids made by the teacher page: 1–32 characters of base64url. */
export const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{1,32}$/;

export type ResultMode = 'practice' | 'assessment' | 'free';

export interface ResultData {
  scenario: string;
  contentVersion: number;
  mode: ResultMode;
  /** The class label from the assignment link ('' if none). */
  classLabel: string;
  /** Name or nickname the student typed ('' if none). */
  name: string;
  /** Epoch milliseconds, stored to the second. */
  startedAt: number;
  finishedAt: number;
  seed: number;
  /** The accepted events in order; the node of each is recomputed by replay. */
  events: EngineEvent[];
  /** What the student's game showed; verification checks it against a replay. */
  claim?: { ending: string; score: Record<string, number> };
  /** The id of the assignment link the run was played from (version 2 codes only). */
  assignment?: string;
}

export type CodeError =
  | { kind: 'tooLarge'; size: number }
  | { kind: 'truncated' }
  | { kind: 'checksum' }
  /** The check digits were upper-cased (a chat app or a retype): they must be lower-case. */
  | { kind: 'checksumCase' }
  | { kind: 'futureVersion'; found: number }
  | { kind: 'malformed'; detail: string };

const MODES: Record<ResultMode, string> = { practice: 'p', assessment: 'a', free: 'f' };
const ANSWER_TYPES = { single: 's', multiple: 'm', truefalse: 't', order: 'o' } as const;
type Compact =
  | number
  | string
  | [string]
  | [string, string, string | boolean | string[]]
  | [string, string, string | boolean | string[], 0 | 1];

/**
 * Runs of `node.continue` become one number; choices their id; reasons [id]; answers
 * [item, type, value], with a fourth element 1 (sure) or 0 (not sure) when the student said.
 */
function compactEvents(events: readonly EngineEvent[]): Compact[] {
  const out: Compact[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e.type === 'node.continue') {
      if (typeof last === 'number') out[out.length - 1] = last + 1;
      else out.push(1);
    } else if (e.type === 'choice.select') out.push(e.choice);
    else if (e.type === 'reason.select') out.push([e.reason]);
    else {
      const answer: Compact = [e.item, ANSWER_TYPES[e.answer.type], answerValue(e.answer)];
      out.push(e.sure === undefined ? answer : [...answer, e.sure ? 1 : 0]);
    }
  }
  return out;
}

function answerValue(a: QuizAnswer): string | boolean | string[] {
  if (a.type === 'single') return a.option;
  if (a.type === 'truefalse') return a.value;
  return a.options;
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST && v.every(isId);

function expandAnswer(t: unknown, v: unknown): QuizAnswer | undefined {
  if (t === 's' && typeof v === 'string') return { type: 'single', option: v };
  if (t === 't' && typeof v === 'boolean') return { type: 'truefalse', value: v };
  if (t === 'm' && isStrings(v)) return { type: 'multiple', options: v };
  if (t === 'o' && isStrings(v)) return { type: 'order', options: v };
  return undefined;
}

/** The number of events a compacted list expands to, or undefined when over MAX_EVENTS. */
function expandedLength(list: readonly unknown[]): number | undefined {
  let total = 0;
  for (const c of list) {
    total += typeof c === 'number' && Number.isInteger(c) && c > 0 ? c : 1;
    if (total > MAX_EVENTS) return undefined;
  }
  return total;
}

/** Whether the events need version 3 (a reason or a confidence mark). */
const needsV3 = (events: readonly EngineEvent[]) =>
  events.some((e) => e.type === 'reason.select' || (e.type === 'quiz.answer' && e.sure !== undefined));

function expandEvents(list: unknown, version: number): EngineEvent[] | 'tooLong' | undefined {
  if (!Array.isArray(list)) return undefined;
  // Counted before any event is made: a short code of huge `continue` runs allocates nothing.
  if (list.length > MAX_EVENTS || expandedLength(list) === undefined) return 'tooLong';
  const out: EngineEvent[] = [];
  for (const c of list) {
    if (typeof c === 'number' && Number.isInteger(c) && c > 0) {
      for (let i = 0; i < c; i++) out.push({ type: 'node.continue' });
    } else if (isId(c)) out.push({ type: 'choice.select', choice: c });
    else if (version >= 3 && Array.isArray(c) && c.length === 1 && isId(c[0]))
      out.push({ type: 'reason.select', reason: c[0] });
    else if (Array.isArray(c) && (c.length === 3 || (version >= 3 && c.length === 4)) && isId(c[0])) {
      const answer = expandAnswer(c[1], c[2]);
      if (!answer || (c.length === 4 && c[3] !== 0 && c[3] !== 1)) return undefined;
      out.push(
        c.length === 4
          ? { type: 'quiz.answer', item: c[0], answer, sure: c[3] === 1 }
          : { type: 'quiz.answer', item: c[0], answer },
      );
    } else return undefined;
  }
  return out;
}

const clip = (s: string) => s.trim().slice(0, MAX_LABEL);

/** Encodes a result as a code. Names and class labels are trimmed to 80 characters. */
export function encodeResult(r: ResultData): string {
  const fields = [
    r.scenario,
    r.contentVersion,
    MODES[r.mode],
    clip(r.classLabel),
    clip(r.name),
    Math.round(r.startedAt / 1000),
    Math.round(r.finishedAt / 1000),
    r.seed >>> 0,
    compactEvents(r.events),
    r.claim ? [r.claim.ending, r.claim.score] : 0,
  ];
  // The lowest version that holds the result, so codes read by older pages stay readable there.
  const version = needsV3(r.events) ? 3 : r.assignment ? 2 : 1;
  const payload = version > 1 ? [...fields, r.assignment ?? ''] : fields;
  const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 });
  const head = `${CODE_PREFIX}${version}.${toBase64url(bytes)}`;
  return `${head}.${crcHex(head)}`;
}

const fail = (error: CodeError): Result<ResultData, CodeError> => ({ ok: false, error });
const malformed = (detail: string) => fail({ kind: 'malformed', detail });

/** Decodes a code; every failure is a typed error, never a throw. Whitespace inside is ignored. */
export function decodeResult(input: string): Result<ResultData, CodeError> {
  if (input.length > MAX_INPUT) return fail({ kind: 'tooLarge', size: input.length });
  const text = input.replace(/\s+/g, '');
  if (text.length > MAX_CODE) return fail({ kind: 'tooLarge', size: text.length });
  const version = /^PRC(\d+)\./.exec(text);
  if (!version) return malformed('does not start with PRC and a version');
  const found = Number(version[1]);
  if (found > CODE_VERSION) return fail({ kind: 'futureVersion', found });
  if (found < 1) return malformed(`unknown version ${found}`);
  const parts = text.split('.');
  if (parts.length < 3 || !/^[0-9a-f]{8}$/i.test(parts[2] ?? '')) return fail({ kind: 'truncated' });
  if (parts.length > 3) return malformed('too many parts');
  const head = `${parts[0]}.${parts[1]}`;
  // Exact string comparison: a checksum digit changed in value is caught; one only upper-cased
  // is named as such, since the teacher can fix it by retyping.
  if (crcHex(head) !== parts[2]) {
    const upper = /^[0-9a-f]{8}$/i.test(parts[2] ?? '') && crcHex(head) === parts[2]?.toLowerCase();
    return fail({ kind: upper ? 'checksumCase' : 'checksum' });
  }
  return parsePayload(parts[1] ?? '', found);
}

function inflate(body: string): unknown {
  const bytes = fromBase64url(body);
  if (!bytes) throw new Error('not base64url');
  const out = inflateSync(bytes, { out: new Uint8Array(MAX_PAYLOAD + 1) });
  if (out.length > MAX_PAYLOAD) throw new Error('payload too large');
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(out));
}

function parsePayload(body: string, version: number): Result<ResultData, CodeError> {
  let p: unknown;
  try {
    p = inflate(body);
  } catch (e) {
    return malformed((e as Error).message);
  }
  const fields = version === 1 ? 10 : 11;
  if (!Array.isArray(p) || p.length !== fields) return malformed(`payload is not a ${fields}-field list`);
  const [scenario, contentVersion, mode, classLabel, name, start, end, seed, list, claim, assignment] = p;
  const modeName = (Object.keys(MODES) as ResultMode[]).find((m) => MODES[m] === mode);
  const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
  if (!isId(scenario) || !isInt(contentVersion) || !modeName) return malformed('header');
  const isLabel = (v: unknown) => typeof v === 'string' && v.length <= MAX_LABEL;
  if (!isLabel(classLabel) || !isLabel(name)) return malformed('labels');
  // Version 3 writes '' when there is no assignment; version 2 only exists to carry one.
  const noAssignment = version > 2 && assignment === '';
  if (version > 1 && !noAssignment && !ASSIGNMENT_ID.test(String(assignment)))
    return malformed('assignment id');
  if (!isInt(start) || !isInt(end) || !isInt(seed) || seed > 0xffffffff) return malformed('numbers');
  const events = expandEvents(list, version);
  if (events === 'tooLong') return malformed(`event log longer than ${MAX_EVENTS} events`);
  if (!events) return malformed('event log');
  const parsedClaim = parseClaim(claim);
  if (parsedClaim === null) return malformed('claim');
  return {
    ok: true,
    value: {
      scenario,
      contentVersion,
      mode: modeName,
      classLabel,
      name,
      startedAt: start * 1000,
      finishedAt: end * 1000,
      seed,
      events,
      claim: parsedClaim,
      ...(version > 1 && !noAssignment ? { assignment: assignment as string } : {}),
    },
  };
}

/** undefined = no claim; null = a claim that is not well-formed. */
function parseClaim(v: unknown): ResultData['claim'] | null {
  if (v === 0) return undefined;
  if (!Array.isArray(v) || v.length !== 2 || !isId(v[0])) return null;
  const score = v[1];
  if (typeof score !== 'object' || score === null || Array.isArray(score)) return null;
  const entries = Object.entries(score);
  if (entries.length > MAX_LIST || !entries.every(([k, n]) => isId(k) && Number.isFinite(n))) return null;
  // A null-prototype copy: an axis named `__proto__` stays a plain key.
  return { ending: v[0], score: Object.assign(Object.create(null), score) as Record<string, number> };
}
