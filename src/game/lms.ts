// The game's rules inside an LMS (a SCORM 1.2 package): the package plays its own scenario only,
// an attempt the LMS has already graded opens at its result and is never reported again, and
// every step sends its suspend data, location, interactions and, at the ending, score and
// objectives. The app asks these few questions; it holds no SCORM logic itself.

import { type CompiledScenario, explore, type Run } from '../engine';
import type { Assignment } from '../platform/assignment';
import { runFromCode } from '../platform/replayEvents';
import { encodeResult } from '../platform/resultCode';
import { resultFromRun } from '../platform/resultFile';
import { connectScorm, type ScormSession } from '../platform/scorm';
import { interactions, objectives } from '../platform/scorm/report';
import { h } from './dom/h';

export type LmsText = (key: string, params?: Record<string, string | number>) => string;

export interface LmsRules {
  /** Only the packaged scenario may be opened: no menu, no other scenario's briefing. */
  allowsScenario(id: string): boolean;
  /** `result` when the LMS already holds this attempt's grade: show the debrief, play nothing. */
  openAt(): 'result' | 'play';
  /** The run the LMS saved for this attempt, if any. */
  resume(c: CompiledScenario): Run | undefined;
  /** After every accepted step: suspend data, location, interactions; at an ending, the grade. */
  onStep(run: Run): void;
  /** Whether a new run may start (never, once the LMS has this attempt's grade). */
  allowsNewRun(): boolean;
  /** The debrief panel saying what the LMS received (replaces "nothing is sent anywhere"). */
  panel(): HTMLElement;
  finish(): void;
}

/** The run's total over all axes and the best total any ending allows (the LMS percentage). */
export function totals(run: Run): { score: number; max: number } {
  const axes = run.scenario.axes;
  const score = axes.reduce((s, a) => s + (run.context.score[a] ?? 0), 0);
  const endings = [...explore(run.scenario).endings.values()];
  const max = Math.max(0, ...endings.map((e) => axes.reduce((s, a) => s + (e.score.max[a] ?? 0), 0)));
  return { score, max };
}

/** Finds the LMS's API from this window and returns the rules over its session (none without it). */
export function connectLms(win: Window, assignment: Assignment, t: LmsText): LmsRules | undefined {
  const scorm = connectScorm(win);
  return scorm ? lmsRules(scorm, assignment, t) : undefined;
}

export function lmsRules(scorm: ScormSession, assignment: Assignment, t: LmsText): LmsRules {
  let reported = scorm.recorded;
  let started = Date.now();
  return {
    allowsScenario: (id) => id === assignment.scenario,
    openAt: () => (scorm.recorded ? 'result' : 'play'),
    resume(c) {
      const data = scorm.resumeData();
      if (!data) return undefined;
      const run = runFromCode(c, data);
      return run.ok ? run.value : undefined;
    },
    onStep(run) {
      if (reported || run.scenario.scenario.id !== assignment.scenario) return;
      if (run.context.log.length <= 1) started = Date.now();
      const { mode, classLabel } = assignment;
      const code = encodeResult(resultFromRun(run, { mode, classLabel, name: '', startedAt: started }));
      scorm.save({ suspend: code, location: run.node, interactions: interactions(run) });
      if (run.done) {
        reported = true;
        const { score, max } = totals(run);
        scorm.complete(score, max, objectives(run));
      }
    },
    allowsNewRun: () => !reported,
    panel: () =>
      h(
        'section',
        { class: 'result-panel', attrs: { 'aria-labelledby': 'lms-heading', 'data-lms': 'panel' } },
        h('h2', { text: t(reported ? 'student.recorded' : 'student.heading'), attrs: { id: 'lms-heading' } }),
        h('p', { text: t('student.sent') }),
        h('p', { class: 'hint', text: t('student.once') }),
      ),
    finish: () => scorm.finish(),
  };
}
