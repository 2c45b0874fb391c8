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

export class AssignmentSession {
  private startedAt = Date.now();
  private reported = false;

  constructor(
    readonly assignment: Assignment,
    private readonly t: StudentText,
    private readonly scorm: ScormSession | null = null,
  ) {}

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
  }

  /** After every accepted step: saves to the LMS, and reports the score at an ending. */
  stepped(run: Run): void {
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
    const { mode, classLabel } = this.assignment;
    return resultFromRun(run, { mode, classLabel, name, startedAt: this.startedAt });
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
