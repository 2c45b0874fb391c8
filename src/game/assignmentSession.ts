// A teacher's assignment while the game runs: the banner, practice vs assessment (feedback at
// once or only at the debrief; retry or not) and the student's result code at the debrief.
// Inside an LMS package the SCORM rules are in ./lms.ts.

import type { NodeView, Run } from '../engine';
import type { Assignment } from '../platform/assignment';
import { resultFromRun } from '../platform/resultFile';
import { assignmentBanner, resultPanel, type StudentText } from './dom/assignment';

// The run’s start and end times are kept in localStorage per scenario, so the
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

  constructor(
    readonly assignment: Assignment,
    private readonly t: StudentText,
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

  started(): void {
    this.startedAt = Date.now();
    this.endedAt = undefined;
    writeTimes(this.assignment.scenario, { start: this.startedAt });
  }

  /** After every accepted step: the time taken stops at the ending, not when the debrief is read. */
  stepped(run: Run): void {
    if (run.done && this.endedAt === undefined) {
      this.endedAt = Date.now();
      writeTimes(this.assignment.scenario, { start: this.startedAt, end: this.endedAt });
    }
  }

  /** The debrief panel with the name field and "Get my result code". */
  debriefPanel(run: Run): HTMLElement {
    return resultPanel(this.t, (name) => this.result(run, name));
  }

  private result(run: Run, name: string) {
    // The assignment id and the saved start/end go into the code.
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
