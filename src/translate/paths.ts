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

/**
 * Feedback text (`ns:key`) → the shortest log whose last step shows it, and the node it lands on. A choice's feedback or a
 * quiz answer's explanation shows only on the screen right after that step, so the atlas opens
 * these logs too. Covering plays take every choice, and a wrong answer where they meet one.
 */
export function pathsToFeedback(c: CompiledScenario): Map<string, { log: LogEntry[]; node: string }> {
  const out = new Map<string, { log: LogEntry[]; node: string }>();
  for (const play of [...playsOf(c), ...coveringPlays(c, { seed: 1 }).plays]) {
    const run = startRun(c, 1);
    for (const [i, { node, ...event }] of play.entries()) {
      if (run.node !== node || !run.send(event as Parameters<typeof run.send>[0])) break;
      const f = run.view().feedback;
      const id = f && `${f.ns}:${f.key}`;
      if (id && (out.get(id)?.log.length ?? Infinity) > i + 1)
        out.set(id, { log: play.slice(0, i + 1), node: run.node });
    }
    run.stop();
  }
  return out;
}
