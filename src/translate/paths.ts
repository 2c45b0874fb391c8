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
} from '../engine';

/** Node id → the shortest log found that arrives there (empty for the start node). */
export function pathsToNodes(c: CompiledScenario): Map<string, LogEntry[]> {
  const all = enumeratePlays(c, { limit: 400, quiz: 'correct' });
  const plays = all.truncated ? [...all.plays, ...coveringPlays(c, { seed: 1 }).plays] : all.plays;
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
