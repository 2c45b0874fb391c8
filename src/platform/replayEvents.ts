// Turns a result code's node-less event list back into a run: each event gets the node it was
// sent at by stepping a fresh run, then the engine's own `replay` rebuilds the run from the log.
// Used by verification (teacher page) and by resuming from SCORM suspend data (game).

import {
  type CompiledScenario,
  type EngineEvent,
  type LogEntry,
  type Result,
  type Run,
  replay,
  startRun,
} from '../engine';
import { decodeResult } from './resultCode';

/** The log with nodes attached; fails naming the first event the engine would not accept. */
export function logWithNodes(
  c: CompiledScenario,
  seed: number,
  events: readonly EngineEvent[],
): { ok: true; log: LogEntry[] } | { ok: false; detail: string } {
  const run = startRun(c, seed);
  const log: LogEntry[] = [];
  try {
    for (const [i, e] of events.entries()) {
      const node = run.node;
      if (!run.send(e)) return { ok: false, detail: `event ${i + 1} (${e.type} at '${node}')` };
      log.push({ ...e, node });
    }
    return { ok: true, log };
  } finally {
    run.stop();
  }
}

/** Restores a run from a result code of this scenario and content version (e.g. SCORM suspend data). */
export function runFromCode(c: CompiledScenario, code: string): Result<Run, string> {
  const decoded = decodeResult(code);
  if (!decoded.ok) return { ok: false, error: decoded.error.kind };
  const d = decoded.value;
  const s = c.scenario;
  if (d.scenario !== s.id || d.contentVersion !== s.contentVersion)
    return { ok: false, error: 'otherContent' };
  const stepped = logWithNodes(c, d.seed, d.events);
  if (!stepped.ok) return { ok: false, error: stepped.detail };
  const run = replay(c, d.seed, stepped.log);
  return run.ok ? run : { ok: false, error: run.error.kind };
}
