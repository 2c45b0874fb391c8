// Issue #20, content structure: consequences that diverge for several scenes, ending texts that
// match the flags the path set, the media-literacy section on the rupture path, and a practice
// bank in which every item can tell whether the student's path showed its content.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/content/load';
import type { RunContext } from '../../src/engine/api';
import { compile } from '../../src/engine/compile';
import type { CompiledScenario } from '../../src/engine/compiled';
import type { Scenario } from '../../src/engine/types';
import { playTree } from '../support/playTree';

const ROOT = join(import.meta.dirname, '../..');

function load(id: string): Scenario {
  const file = `${id}.yaml`;
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
  if (!r.scenario) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.scenario;
}

interface Plays {
  /** decision → choice → every node any play visits after taking that choice. */
  after: Map<string, Map<string, Set<string>>>;
  /** ending → the final contexts of the plays that reach it. */
  endings: Map<string, RunContext[]>;
}

/** Every play (right answers only; answers never change the route) with what it visited. */
function plays(c: CompiledScenario): Plays {
  const after = new Map<string, Map<string, Set<string>>>();
  const endings = new Map<string, RunContext[]>();
  const r = playTree(
    c,
    {
      play: (log, ending, ctx) => {
        for (const e of log) {
          if (e.type !== 'choice.select' || !e.node) continue;
          const byChoice = after.get(e.node) ?? new Map<string, Set<string>>();
          after.set(e.node, byChoice);
          const seen = byChoice.get(e.choice) ?? new Set<string>();
          byChoice.set(e.choice, seen);
          for (const n of ctx.path.slice(ctx.path.indexOf(e.node) + 1)) seen.add(n);
        }
        const list = endings.get(ending) ?? [];
        endings.set(ending, list);
        list.push(ctx);
      },
    },
    { quiz: 'correct' },
  );
  expect(r.truncated).toBe(false);
  return { after, endings };
}

/**
 * Decisions where one choice leads through at least `min` scenes that another choice of the same
 * decision never reaches: a branch, not a one-screen detour.
 */
function diverging(p: Plays, min: number): string[] {
  const out: string[] = [];
  for (const [decision, byChoice] of p.after) {
    const sets = [...byChoice.values()];
    const branches = sets.some((a) => sets.some((b) => [...a].filter((n) => !b.has(n)).length >= min));
    if (branches) out.push(decision);
  }
  return out.sort();
}

const flag = (ctx: RunContext, name: string) => ctx.vars[name] === true;

describe.each(['appeal', 'standoff'])('%s: quiz bank', (id) => {
  const s = load(id);
  it('every item is asked at a check or names the scenes that teach it', () => {
    const asked = new Set(Object.values(s.nodes).flatMap((n) => (n.kind === 'check' ? [n.item] : [])));
    const blind = s.quiz.filter((q) => !asked.has(q.id) && !q.taughtAt?.length).map((q) => q.id);
    expect(blind).toEqual([]);
  });
  it('drops the trivial items of review §3.5', () => {
    const gone = ['q-city', 'q-minsk', 'q-shusha', 'q-will-leave', 'q-translations'];
    expect(s.quiz.map((q) => q.id).filter((q) => gone.includes(q))).toEqual([]);
  });
});

describe('appeal: branches and endings', () => {
  const p = plays(compile(load('appeal')));
  it('two decisions branch for three or more scenes', () => {
    // The branches written for #20; meters may make other decisions diverge too.
    expect(diverging(p, 3)).toEqual(expect.arrayContaining(['d-route', 'd-un']));
  });
  it('end-suspended credits the risk argument only when it led; the other variant only when not', () => {
    expect(p.endings.get('end-suspended')?.length).toBeGreaterThan(0);
    expect(p.endings.get('end-suspended-political')?.length).toBeGreaterThan(0);
    expect(p.endings.get('end-suspended')?.every((x) => flag(x, 'risk_led'))).toBe(true);
    expect(p.endings.get('end-suspended-political')?.some((x) => flag(x, 'risk_led'))).toBe(false);
  });
});

describe('standoff: branches and endings', () => {
  const p = plays(compile(load('standoff')));
  const at = (e: string) => p.endings.get(e) ?? [];
  it('two decisions branch for three or more scenes', () => {
    // The branches written for #20; meters may make other decisions diverge too.
    expect(diverging(p, 3)).toEqual(expect.arrayContaining(['d-belarus', 'd-leave']));
  });
  it('a formal notice never meets Mirzoyan denying an exit, nor its check', () => {
    const all = [...p.endings.values()].flat();
    const bad = all.filter((x) => flag(x, 'formal_exit') && x.path.includes('leave-mirzoyan'));
    expect(all.some((x) => flag(x, 'formal_exit'))).toBe(true);
    expect(bad.length).toBe(0);
    expect(all.filter((x) => flag(x, 'formal_exit') && x.path.includes('check-leave')).length).toBe(0);
  });
  it('"kept paying" is said only to plays that paid', () => {
    expect(at('end-thaw').length).toBeGreaterThan(0);
    expect(at('end-thaw').every((x) => flag(x, 'paid'))).toBe(true);
    expect(at('end-thaw-unpaid').length).toBeGreaterThan(0);
    expect(at('end-thaw-unpaid').some((x) => flag(x, 'paid'))).toBe(false);
  });
  it('the rupture path keeps the media-literacy section and skips the note to a broken-off Minsk', () => {
    const media = ['glaz-doc', 'check-glaz', 'politico-doc', 'kocharyan-claim', 'check-politico'];
    expect(at('end-rupture').length).toBeGreaterThan(0);
    for (const x of at('end-rupture')) {
      expect(media.filter((n) => !x.path.includes(n))).toEqual([]);
      expect(x.path.includes('d-note')).toBe(false);
    }
  });
  it('the exit and rupture endings are reached only by the choice they describe', () => {
    expect(at('end-exit').every((x) => flag(x, 'formal_exit'))).toBe(true);
    expect(at('end-rupture').every((x) => flag(x, 'severed'))).toBe(true);
    expect(at('end-historical').some((x) => flag(x, 'formal_exit') || flag(x, 'severed'))).toBe(false);
  });
});
