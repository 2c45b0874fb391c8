// A teacher's assignment while the game runs: the banner, practice vs assessment (feedback at
// once or only at the debrief; retry or not) and the student's result code at the debrief.
// Inside an LMS package the SCORM rules are in ./lms.ts.

import type { NodeView, Run } from '../engine';
import type { Assignment } from '../platform/assignment';
import { resultFromRun } from '../platform/resultFile';
import { assignmentBanner, resultPanel, type StudentText } from './dom/assignment';

export class AssignmentSession {
  private startedAt = Date.now();

  constructor(
    readonly assignment: Assignment,
    private readonly t: StudentText,
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

  started(): void {
    this.startedAt = Date.now();
  }

  /** The debrief panel with the name field and "Get my result code". */
  debriefPanel(run: Run): HTMLElement {
    return resultPanel(this.t, (name) => this.result(run, name));
  }

  private result(run: Run, name: string) {
    const { mode, classLabel } = this.assignment;
    return resultFromRun(run, { mode, classLabel, name, startedAt: this.startedAt });
  }
}
