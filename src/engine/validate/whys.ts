// Every meter a choice moves says why: one `why` key per meter its effects change, and none for a
// meter they leave alone (a why beside no change, or a change with no why, teaches nothing).
// Whether each key exists in the locale is the text-key check's (the keys are collected there).

import type { Diagnostic } from '../api';
import { ExprSyntaxError, parseEffect } from '../expr/parse';
import type { Choice, Scenario } from '../types';
import { entriesOf, err, listOf, own, type Path, quoteId } from './diag';
import { didYouMean } from './suggest';

/** The meters a choice's effects assign, in effect order; effects that do not parse are skipped. */
export function metersMoved(c: Choice, s: Scenario): string[] {
  const out: string[] = [];
  for (const src of c.effects ?? []) {
    let target: string;
    try {
      target = parseEffect(String(src)).target;
    } catch (e) {
      if (e instanceof ExprSyntaxError) continue; // the expression pass reports it
      throw e;
    }
    if (own(s.variables, target)?.type === 'meter' && !out.includes(target)) out.push(target);
  }
  return out;
}

export function checkWhys(s: Scenario): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    if (n.kind !== 'decision') continue;
    (n.choices ?? []).forEach((c, i) => {
      checkChoice(s, c, ['nodes', id, 'choices', i], `nodes.${id}.choices.${c.id}.why`, out);
    });
  }
  return out;
}

function checkChoice(s: Scenario, c: Choice, p: Path, keyBase: string, out: Diagnostic[]): void {
  const moved = metersMoved(c, s);
  const why = c.why ?? {};
  for (const meter of moved) {
    if (own(why, meter) !== undefined) continue;
    const at: Path = c.why ? [...p, 'why'] : [...p, 'effects'];
    out.push(
      err(
        'why.missing',
        at,
        `choice ${quoteId(c.id)} moves the meter ${quoteId(meter)} but does not say why`,
        `add '${meter}: ${keyBase}.${meter}' under 'why' on the choice, and that key to each locale file with one short clause (why this choice moves ${meter})`,
      ),
    );
  }
  for (const meter of Object.keys(why)) {
    if (moved.includes(meter)) continue;
    const isMeter = own(s.variables, meter)?.type === 'meter';
    const what = isMeter
      ? `its effects do not move ${quoteId(meter)}`
      : `${quoteId(meter)} is not a meter${didYouMean(meter, meterIds(s))}`;
    out.push(
      err(
        'why.unmoved',
        [...p, 'why', meter],
        `choice ${quoteId(c.id)} says why the meter ${quoteId(meter)} moves, but ${what}`,
        moved.length
          ? `remove '${meter}' from 'why' (this choice moves ${listOf(moved)}), or add the effect it explains`
          : `remove '${meter}' from 'why' (this choice moves no meter), or add the effect it explains`,
      ),
    );
  }
}

const meterIds = (s: Scenario): string[] =>
  entriesOf(s.variables ?? {})
    .filter(([, v]) => v.type === 'meter')
    .map(([id]) => id);
