// SCORM 1.2 adapter: finds the LMS's `API` object up the parent/opener chain, reports status,
// score, interactions, objectives and location, and saves/resumes through `cmi.suspend_data` (a
// result code of the unfinished run: a few hundred characters, under SCORM 1.2's 4,096).

import type { Interaction, Objective } from './scorm/report';

/** The SCORM 1.2 run-time API an LMS puts on `window.API`. Values are strings. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(key: string): string;
  LMSSetValue(key: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
}

export const SUSPEND_LIMIT = 4096;
/** The standard's own search depth for nested frames. */
const MAX_DEPTH = 7;

type Win = { API?: unknown; parent?: Win | null; opener?: Win | null };

const isApi = (v: unknown): v is Scorm12Api =>
  typeof v === 'object' && v !== null && typeof (v as Scorm12Api).LMSInitialize === 'function';

function searchUp(start: Win | null | undefined): Scorm12Api | null {
  let w = start;
  for (let depth = 0; w && depth <= MAX_DEPTH; depth++) {
    try {
      if (isApi(w.API)) return w.API;
      if (!w.parent || w.parent === w) return null;
      w = w.parent;
    } catch {
      return null; // a cross-origin frame: the API cannot be above it
    }
  }
  return null;
}

/** The LMS API: this window and its parents first, then the opener and its parents. */
export function findScormApi(win: Win): Scorm12Api | null {
  return searchUp(win) ?? searchUp(safeOpener(win));
}

function safeOpener(win: Win): Win | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

export type LessonStatus = 'completed' | 'passed' | 'failed';

/** Score as a percentage (what LMSs compare with the mastery score) and the lesson status. */
export function scormOutcome(score: number, max: number, mastery: number | undefined) {
  const raw = max > 0 ? Math.round((100 * Math.max(0, Math.min(score, max))) / max) : 0;
  const status: LessonStatus = mastery === undefined ? 'completed' : raw >= mastery ? 'passed' : 'failed';
  return { raw, status };
}

/** `HHHH:MM:SS`, the SCORM 1.2 CMITimespan. */
export function scormTime(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(s / 3600), 4)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** Statuses that mean the LMS has already recorded this attempt's result. */
const RECORDED = new Set(['passed', 'failed', 'completed']);

/** One step's worth of data for the LMS. */
export interface ScormProgress {
  suspend: string;
  /** The current node id (`cmi.core.lesson_location`). */
  location: string;
  /** Every interaction of the run so far; those the LMS already has are not sent again. */
  interactions: readonly Interaction[];
}

export interface ScormSession {
  /** True when the LMS already holds a passed/failed/completed result for this attempt. */
  readonly recorded: boolean;
  /** What the last session saved, if the LMS is resuming this attempt. */
  resumeData(): string | null;
  /** Saves progress and commits; false when the data is over the limit or the LMS refuses it. */
  save(progress: ScormProgress): boolean;
  /** Reports the finished attempt: score, status from the LMS's mastery score, objectives. */
  complete(score: number, max: number, objectives: readonly Objective[]): void;
  /** Ends the session (on page unload). */
  finish(): void;
}

const ok = (v: string | boolean) => v === true || v === 'true';

export function connectScorm(
  win: Win = globalThis as Win,
  now: () => number = Date.now,
): ScormSession | null {
  const api = findScormApi(win);
  if (!api || !ok(api.LMSInitialize(''))) return null;
  const started = now();
  let finished = false;
  let completed = false;
  const get = (k: string) => api.LMSGetValue(k) ?? '';
  const set = (k: string, v: string | number) => ok(api.LMSSetValue(k, String(v)));
  const lessonStatus = get('cmi.core.lesson_status');
  // An attempt the LMS has graded is never reported again (no overwrite of a pass by a replay).
  const recorded = RECORDED.has(lessonStatus);
  if (lessonStatus === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
  const masteryText = get('cmi.student_data.mastery_score');
  const mastery = masteryText.trim() === '' ? undefined : Number(masteryText);
  // Interactions are append-only in SCORM 1.2: a resumed attempt continues after the LMS's count.
  let sent = Number(get('cmi.interactions._count')) || 0;
  const sendInteraction = (n: number, i: Interaction) => {
    const at = `cmi.interactions.${n}`;
    set(`${at}.id`, i.id);
    set(`${at}.type`, i.type);
    set(`${at}.student_response`, i.response);
    set(`${at}.result`, i.result);
    set(`${at}.weighting`, i.weighting);
    if (i.correct !== undefined) set(`${at}.correct_responses.0.pattern`, i.correct);
    i.objectives.forEach((id, k) => void set(`${at}.objectives.${k}.id`, id));
  };
  return {
    recorded,
    resumeData() {
      return get('cmi.suspend_data') || null;
    },
    save(p) {
      if (recorded || completed) return false;
      if (p.suspend.length > SUSPEND_LIMIT) return false;
      const saved = set('cmi.suspend_data', p.suspend);
      set('cmi.core.lesson_location', p.location.slice(0, 255));
      for (; sent < p.interactions.length; sent++) sendInteraction(sent, p.interactions[sent] as Interaction);
      set('cmi.core.exit', 'suspend');
      api.LMSCommit('');
      return saved;
    },
    complete(score, max, objectives) {
      if (recorded || completed) return;
      const { raw, status } = scormOutcome(score, max, Number.isFinite(mastery) ? mastery : undefined);
      objectives.forEach((o, n) => {
        set(`cmi.objectives.${n}.id`, o.id);
        set(`cmi.objectives.${n}.score.min`, 0);
        set(`cmi.objectives.${n}.score.max`, o.max);
        set(`cmi.objectives.${n}.score.raw`, Math.max(0, Math.min(o.raw, o.max)));
        set(`cmi.objectives.${n}.status`, 'completed');
      });
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', String(raw));
      set('cmi.core.lesson_status', status);
      set('cmi.core.exit', '');
      api.LMSCommit('');
      completed = true;
    },
    finish() {
      if (finished) return;
      finished = true;
      set('cmi.core.session_time', scormTime(now() - started));
      if (!completed && !recorded) set('cmi.core.exit', 'suspend');
      api.LMSCommit('');
      api.LMSFinish('');
    },
  };
}
