// The paths the atlas and the preview open, on the real scenarios: every node is reached; every
// text that shows only right after a step (a choice's or reason's feedback, why a meter moved)
// and every reason a choice is locked has a log that, replayed, lands where it shows.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import { type CompiledScenario, compile, type LogEntry, startRun } from '../../src/engine';
import { pathsToFeedback, pathsToLocked, pathsToNodes } from '../../src/translate/paths';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

/** Replays `log` and returns the run at its end (or throws where a step is refused). */
function replay(c: CompiledScenario, log: readonly LogEntry[]) {
  const run = startRun(c, 1);
  for (const { node, ...e } of log) {
    expect(run.node).toBe(node);
    expect(run.send(e as Parameters<typeof run.send>[0])).toBe(true);
  }
  return run;
}

describe.each(files)('paths in %s', (file) => {
  const load = async () => {
    const r = await loadScenarioFile(join(DIR, file));
    if (!r.scenario) throw new Error(`${file} does not load`);
    return compile(r.scenario);
  };

  it('reaches every node', async () => {
    const c = await load();
    const to = pathsToNodes(c);
    for (const id of c.nodes.keys()) expect(to.has(id), id).toBe(true);
    for (const [id, log] of to) expect(replay(c, log).node).toBe(id);
  });

  it('shows every reason and meter why right after the step its log ends on', async () => {
    const c = await load();
    const f = pathsToFeedback(c);
    const ns = c.namespace;
    const want = [...c.nodes.values()].flatMap(({ node: n }) =>
      n.kind !== 'decision'
        ? []
        : [
            ...(n.reasons?.options ?? []).map((o) => `${ns}:${o.feedback}`),
            ...n.choices.flatMap((ch) => Object.values(ch.why ?? {}).map((k) => `${ns}:${k}`)),
          ],
    );
    expect(want.filter((k) => !f.has(k))).toEqual([]);
    for (const [key, { log, node }] of f) {
      const run = replay(c, log);
      expect(run.node).toBe(node);
      const v = run.view();
      const shown = [v.feedback, v.reasonFeedback, ...v.meters.map((m) => m.why)]
        .filter((t) => t !== undefined)
        .map((t) => `${t.ns}:${t.key}`);
      if (v.feedback && v.meters.some((m) => m.delta !== 0 && !m.why)) shown.push('common:change.item');
      expect(shown, key).toContain(key);
    }
  });

  it('lands on each locked choice with its own reason', async () => {
    const c = await load();
    const locked = pathsToLocked(c);
    const ns = c.namespace;
    const want = [...c.nodes.values()].flatMap(({ node: n }) =>
      n.kind === 'decision'
        ? n.choices.flatMap((ch) => (ch.unavailable ? [`${ns}:${ch.unavailable}`] : []))
        : [],
    );
    expect([...locked.keys()].sort()).toEqual([...new Set(want)].sort());
    for (const [key, { log, node }] of locked) {
      const run = replay(c, log);
      expect(run.node).toBe(node);
      const reasons = run
        .view()
        .choices.filter((ch) => !ch.available && ch.reason)
        .map((ch) => `${ch.reason?.ns}:${ch.reason?.key}`);
      expect(reasons, key).toContain(key);
    }
  });
});
