// The historical path: from `start`, take the `historical: true` choice at every decision and
// follow branches as the variables say; it must end at an ending with `outcome: historical`.

import type { Diagnostic, VarValue } from '../api';
import { applyEffects, evaluate } from '../expr/evaluate';
import type { Effect } from '../expr/parse';
import type { Scenario } from '../types';
import { entriesOf, err, own } from './diag';
import type { Parsed } from './exprs';

const MAX_STEPS = 10_000;

export function initialVars(s: Scenario): Record<string, VarValue> {
  const vars: Record<string, VarValue> = {};
  for (const [id, v] of entriesOf(s.variables ?? {})) vars[id] = v.initial;
  return vars;
}

/** Walks the historical path; returns the node ids on it and any problems found. */
export function checkHistory(s: Scenario, parsed: Parsed): { path: string[]; diagnostics: Diagnostic[] } {
  const path: string[] = [];
  const out: Diagnostic[] = [];
  const eff = (list: string[] | undefined): Effect[] =>
    (list ?? []).map((src) => parsed.effects.get(src) as Effect);
  const holds = (src: string | undefined, vars: Record<string, VarValue>) =>
    src === undefined || evaluate(parsed.conds.get(src) as never, vars) === true;
  let vars = initialVars(s);
  let id = s.start;
  const seen = new Set<string>();
  const names = Object.keys(vars);
  // Loop detection needs (node, variables); the path through a long scenario visits thousands
  // of nodes, so the key is the values in declaration order rather than JSON of the record.
  const stateKey = (node: string): string => {
    let k = node;
    for (const v of names) k += `|${String(vars[v])}`;
    return k;
  };
  const maxSteps = Math.max(MAX_STEPS, 4 * Object.keys(s.nodes ?? {}).length);
  for (let step = 0; step < maxSteps; step++) {
    const n = own(s.nodes, id);
    if (!n) return { path, diagnostics: out };
    path.push(id);
    const key = stateKey(id);
    if (seen.has(key)) {
      out.push(
        err(
          'history.loop',
          ['nodes', id],
          `the historical path goes round in a loop through '${id}'`,
          "mark a 'historical' choice that leaves the loop",
        ),
      );
      return { path, diagnostics: out };
    }
    seen.add(key);
    if (n.effects?.length) vars = applyEffects(eff(n.effects), vars, s.variables);
    if (n.kind === 'ending') {
      if (n.outcome !== 'historical') {
        out.push(
          err(
            'history.wrongEnding',
            ['nodes', id, 'outcome'],
            `the historical path ends at '${id}', whose outcome is '${n.outcome}'`,
            "mark the choices really taken with 'historical: true' so the path reaches the historical ending",
          ),
        );
      }
      return { path, diagnostics: out };
    }
    if (n.kind === 'decision') {
      const hs = (n.choices ?? []).map((c, i) => ({ c, i })).filter((x) => x.c.historical === true);
      if (hs.length !== 1) {
        const msg =
          hs.length === 0
            ? `decision '${id}' is on the historical path but no choice is marked 'historical: true'`
            : `decision '${id}' has ${hs.length} choices marked 'historical: true' (${hs.map((x) => x.c.id).join(', ')})`;
        out.push(
          err(
            hs.length === 0 ? 'history.noChoice' : 'history.manyChoices',
            ['nodes', id, 'choices'],
            msg,
            'mark exactly the one choice really taken with historical: true',
          ),
        );
        return { path, diagnostics: out };
      }
      const { c, i } = hs[0] as (typeof hs)[number];
      if (!holds(c.when, vars)) {
        out.push(
          err(
            'history.unavailable',
            ['nodes', id, 'choices', i, 'when'],
            `the historical choice '${c.id}' at '${id}' is not available on the historical path`,
            'relax its condition or the effects before it',
          ),
        );
        return { path, diagnostics: out };
      }
      if (c.effects?.length) vars = applyEffects(eff(c.effects), vars, s.variables);
      id = c.to;
      continue;
    }
    const next = typeof n.next === 'string' ? n.next : n.next.find((b) => holds(b.when, vars))?.to;
    if (next === undefined) {
      out.push(
        err(
          'history.stuck',
          ['nodes', id, 'next'],
          `the historical path stops at '${id}': no branch condition holds`,
          'add a fall-through branch without when',
        ),
      );
      return { path, diagnostics: out };
    }
    id = next;
  }
  out.push(
    err(
      'history.loop',
      ['start'],
      `the historical path is longer than ${maxSteps} steps`,
      'check for a loop',
    ),
  );
  return { path, diagnostics: out };
}
