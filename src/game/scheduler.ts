// When the play screen's work runs after a step: the prepared page's swap at the next frame, the
// scroll to the top, preparing the next pages while the student reads, and the stage's redraw
// after the panel has been painted. Each is a named phase; starting a step (`begin`) is the one
// cancel handle: nothing scheduled for an earlier step runs after it.
import { whenIdle } from '../platform/idle';

export type StepPhase = 'swap' | 'scroll' | 'prepare' | 'stage';

export class StepScheduler {
  private step = 0;
  /** Frame work that a newer redraw may run early instead of dropping (see flush). */
  private readonly waiting = new Map<StepPhase, () => void>();

  /** A new step (or a redraw in place): work scheduled before it will not run. */
  begin(): void {
    this.step++;
    this.waiting.clear();
  }

  /** Whether `phase` is still waiting for its frame. */
  isWaiting(phase: StepPhase): boolean {
    return this.waiting.has(phase);
  }

  /** Runs `fn` at the start of the next frame, unless a newer step began or `flush` ran it. */
  frame(phase: StepPhase, fn: () => void): void {
    this.waiting.set(phase, fn);
    requestAnimationFrame(() => {
      if (this.waiting.get(phase) !== fn) return;
      this.waiting.delete(phase);
      fn();
    });
  }

  /** Runs a phase still waiting for its frame now (every redraw starts from the page on screen). */
  flush(phase: StepPhase): void {
    const fn = this.waiting.get(phase);
    this.waiting.delete(phase);
    fn?.();
  }

  /** Runs `fn` after `ms`, for this step only. */
  after(_phase: StepPhase, ms: number, fn: () => void): void {
    const mine = this.step;
    setTimeout(() => mine === this.step && fn(), ms);
  }

  /** Runs `fn` when the page is idle (within `withinMs`), for this step only. */
  idle(_phase: StepPhase, fn: () => void, withinMs?: number): void {
    const mine = this.step;
    whenIdle(() => mine === this.step && fn(), withinMs);
  }

  /**
   * Runs `fn` once the frame after this one has been painted and its queued tasks have run: the
   * stage's redraw then never delays the click's panel. Rapid steps coalesce into one redraw.
   */
  afterPaint(phase: StepPhase, fn: () => void): void {
    const mine = this.step;
    requestAnimationFrame(() => this.idle(phase, () => mine === this.step && fn()));
  }

  /** Whether a step began since `mark` was read (for work that spans idle periods). */
  stale(mark: number): boolean {
    return mark !== this.step;
  }

  get current(): number {
    return this.step;
  }
}
