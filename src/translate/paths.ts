// A real path to every node: the engine's own plays (all of them when few, covering ones when
// many), cut where they reach the node. The preview and the atlas open a node by restoring a save
// with that log, so the state shown is one a student can reach (meters, flags, documents).

import {
  type CompiledScenario,
  coveringPlays,
  enumeratePlays,
  type LogEntry,
  replay,
  SAVE_FORMAT,
  type SaveV1,
  startRun,
} from '../engine';

function playsOf(c: CompiledScenario): LogEntry[][] {
  const all = enumeratePlays(c, { limit: 400, quiz: 'correct' });
  return all.truncated ? [...all.plays, ...coveringPlays(c, { seed: 1 }).plays] : all.plays;
}

/** Node id → the shortest log found that arrives there (empty for the start node). */
export function pathsToNodes(c: CompiledScenario): Map<string, LogEntry[]> {
  const plays = playsOf(c);
  const out = new Map<string, LogEntry[]>();
  const keep = (node: string, log: LogEntry[]) => {
    const had = out.get(node);
    if (!had || had.length > log.length) out.set(node, log);
  };
  for (const play of plays) {
    for (const [i, e] of play.entries()) keep(e.node, play.slice(0, i));
    // The ending is where the whole log leads (it takes no event itself).
    const end = replay(c, 1, play);
    if (end.ok) {
      keep(end.value.node, play);
      end.value.stop();
    }
  }
  return out;
}

/** A save the game restores by replaying `log`, landing on the node the log leads to. */
export function saveAt(c: CompiledScenario, log: LogEntry[]): SaveV1 {
  return {
    format: SAVE_FORMAT,
    scenario: c.scenario.id,
    contentVersion: c.scenario.contentVersion,
    seed: 1,
    log,
    savedAt: new Date(0).toISOString(),
  };
}

const PLAIN_CHANGE = { ns: 'common', key: 'change.item' };

/**
 * Text shown only right after a step (`ns:key`) → the shortest log whose last step shows it, and
 * the node it lands on: a choice's feedback, the feedback on the reason given, and why a meter
 * moved. The atlas opens these logs too. Covering plays take every choice and every reason.
 */
export function pathsToFeedback(c: CompiledScenario): Map<string, { log: LogEntry[]; node: string }> {
  const out = new Map<string, { log: LogEntry[]; node: string }>();
  for (const play of [...playsOf(c), ...coveringPlays(c, { seed: 1 }).plays]) {
    const run = startRun(c, 1);
    for (const [i, { node, ...event }] of play.entries()) {
      if (run.node !== node || !run.send(event as Parameters<typeof run.send>[0])) break;
      const v = run.view();
      // The changes are listed under a step's feedback; one without a why is the plain line.
      const plain = v.feedback && v.meters.some((m) => m.delta !== 0 && !m.why) ? PLAIN_CHANGE : undefined;
      const texts = [v.feedback, v.reasonFeedback, ...v.meters.map((m) => m.why), plain];
      for (const t of texts) {
        const id = t && `${t.ns}:${t.key}`;
        if (id && (out.get(id)?.log.length ?? Infinity) > i + 1)
          out.set(id, { log: play.slice(0, i + 1), node: run.node });
      }
    }
    run.stop();
  }
  return out;
}

/**
 * Reason for a locked choice (`ns:key`) → the shortest log that lands on a decision showing that
 * choice locked. The text shows only in a state where the choice's condition fails, which the
 * shortest path to the node may not be in; the atlas opens these logs too.
 */
export function pathsToLocked(c: CompiledScenario): Map<string, { log: LogEntry[]; node: string }> {
  const out = new Map<string, { log: LogEntry[]; node: string }>();
  const note = (run: ReturnType<typeof startRun>, log: LogEntry[]) => {
    for (const ch of run.view().choices) {
      const id = !ch.available && ch.reason ? `${ch.reason.ns}:${ch.reason.key}` : undefined;
      if (id && (out.get(id)?.log.length ?? Infinity) > log.length) out.set(id, { log, node: run.node });
    }
  };
  for (const play of [...playsOf(c), ...coveringPlays(c, { seed: 1 }).plays]) {
    const run = startRun(c, 1);
    note(run, []);
    for (const [i, { node, ...event }] of play.entries()) {
      if (run.node !== node || !run.send(event as Parameters<typeof run.send>[0])) break;
      note(run, play.slice(0, i + 1));
    }
    run.stop();
  }
  return out;
}

/** Whether `log`, replayed from the start, is taken step by step and ends on `node`. */
export function landsOn(c: CompiledScenario, log: readonly LogEntry[], node: string): boolean {
  const run = startRun(c, 1);
  try {
    for (const { node: at, ...event } of log)
      if (run.node !== at || !run.send(event as Parameters<typeof run.send>[0])) return false;
    return run.node === node;
  } finally {
    run.stop();
  }
}
