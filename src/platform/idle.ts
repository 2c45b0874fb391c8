// Work that must not delay what a student is waiting for (the next frame, the next input): run
// it when the page is idle, but within `timeoutMs` even if it never is.

export function whenIdle(fn: () => void, timeoutMs = 500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 1); // Safari: a task after the ones already queued
}
