// A teacher's assignment while the game runs: the banner, practice vs assessment (feedback at
// once or only at the debrief; retry or not), the student's result code at the debrief, and the
// SCORM reporting when launched from an LMS package.

import { type CompiledScenario, explore, type NodeView, type Run } from '../engine';
import type { Assignment } from '../platform/assignment';
import { runFromCode } from '../platform/replayEvents';
import { encodeResult } from '../platform/resultCode';
import { resultFromRun } from '../platform/resultFile';
import type { ScormSession } from '../platform/scorm';
import { assignmentBanner, resultPanel, type StudentText } from './dom/assignment';

// [teacher branch] The run's start and end times are kept in localStorage per scenario, so the
// time taken survives a reload and stops at the ending, not when the debrief is read.
const timesKey = (scenario: string) => `precedent.assignment.times.${scenario}`;

function readTimes(scenario: string): { start?: number; end?: number } {
  try {
    const v = JSON.parse(localStorage.getItem(timesKey(scenario)) ?? '{}');
    const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
    return { start: num(v?.start), end: num(v?.end) };
  } catch {
    return {};
  }
}

function writeTimes(scenario: string, times: { start?: number; end?: number }): void {
  try {
    localStorage.setItem(timesKey(scenario), JSON.stringify(times));
  } catch {
    // Storage off: the times of this visit still count.
  }
}

export class AssignmentSession {
  private startedAt: number;
  private endedAt: number | undefined;
  private reported = false;

  constructor(
    readonly assignment: Assignment,
    private readonly t: StudentText,
    private readonly scorm: ScormSession | null = null,
  ) {
    const saved = readTimes(assignment.scenario);
    this.startedAt = saved.start ?? Date.now();
    this.endedAt = saved.end;
  }

  /** Practice allows starting again; an assessment is one attempt. */
  get retry(): boolean {
    return this.assignment.mode === 'practice';
  }

  banner(): HTMLElement {
    return assignmentBanner(this.t, this.assignment);
  }

  /** In an assessment the feedback on each step waits for the debrief. */
  view(v: NodeView): NodeView {
    return this.assignment.mode === 'assessment' ? { ...v, feedback: undefined } : v;
  }

  /** A run saved in the LMS (SCORM resume), if there is one for this scenario. */
  resumeFromLms(c: CompiledScenario): Run | undefined {
    const data = this.scorm?.resumeData();
    if (!data) return undefined;
    const run = runFromCode(c, data);
    return run.ok ? run.value : undefined;
  }

  started(): void {
    this.startedAt = Date.now();
    this.endedAt = undefined;
    writeTimes(this.assignment.scenario, { start: this.startedAt });
  }

  /** After every accepted step: saves to the LMS, and reports the score at an ending. */
  stepped(run: Run): void {
    if (run.done && this.endedAt === undefined) {
      this.endedAt = Date.now();
      writeTimes(this.assignment.scenario, { start: this.startedAt, end: this.endedAt });
    }
    if (!this.scorm) return;
    this.scorm.save(encodeResult(this.result(run, '')));
    if (run.done && !this.reported) {
      this.reported = true;
      const { score, max } = totals(run);
      this.scorm.complete(score, max);
    }
  }

  /** The debrief panel with the name field and "Get my result code". */
  debriefPanel(run: Run): HTMLElement {
    return resultPanel(this.t, (name) => this.result(run, name));
  }

  finish(): void {
    this.scorm?.finish();
  }

  private result(run: Run, name: string) {
    // [teacher branch] the assignment id and the saved start/end go into the code.
    const { mode, classLabel, id } = this.assignment;
    const finishedAt = run.done ? this.endedAt : undefined;
    return resultFromRun(run, {
      mode,
      classLabel,
      name,
      startedAt: this.startedAt,
      finishedAt,
      assignment: id,
    });
  }
}

/** The run's total over all axes and the best total any ending allows (for the LMS percentage). */
export function totals(run: Run): { score: number; max: number } {
  const axes = run.scenario.axes;
  const score = axes.reduce((s, a) => s + (run.context.score[a] ?? 0), 0);
  const endings = [...explore(run.scenario).endings.values()];
  const max = Math.max(0, ...endings.map((e) => axes.reduce((s, a) => s + (e.score.max[a] ?? 0), 0)));
  return { score, max };
}
