// The validator's report on the historical path. The walk itself is the engine's (history.ts),
// stepping through the same interpreter as play, so validation and the debrief cannot disagree.

import type { Diagnostic } from '../api';
import type { CompiledScenario } from '../compiled';
import { type HistoryProblem, walkHistory } from '../history';
import { risingAlongHistory } from '../scoring';
import { err, warn } from './diag';

function diagnostic(p: HistoryProblem): Diagnostic {
  switch (p.kind) {
    case 'loop':
      return err(
        'history.loop',
        ['nodes', p.node],
        `the historical path goes round in a loop through '${p.node}'`,
        "mark a 'historical' choice that leaves the loop",
      );
    case 'tooLong':
      return err(
        'history.loop',
        ['start'],
        `the historical path is longer than ${p.steps} steps`,
        'check for a loop',
      );
    case 'wrongEnding':
      return err(
        'history.wrongEnding',
        ['nodes', p.node, 'outcome'],
        `the historical path ends at '${p.node}', whose outcome is '${p.outcome}'`,
        "mark the choices really taken with 'historical: true' so the path reaches the historical ending",
      );
    case 'noChoice':
      return err(
        'history.noChoice',
        ['nodes', p.node, 'choices'],
        `decision '${p.node}' is on the historical path but no choice is marked 'historical: true'`,
        'mark exactly the one choice really taken with historical: true',
      );
    case 'manyChoices':
      return err(
        'history.manyChoices',
        ['nodes', p.node, 'choices'],
        `decision '${p.node}' has ${p.choices.length} choices marked 'historical: true' (${p.choices.join(', ')})`,
        'mark exactly the one choice really taken with historical: true',
      );
    case 'unavailable':
      return err(
        'history.unavailable',
        ['nodes', p.node, 'choices', p.index, 'when'],
        `the historical choice '${p.choice}' at '${p.node}' is not available on the historical path`,
        'relax its condition or the effects before it',
      );
    case 'stuck':
      return err(
        'history.stuck',
        ['nodes', p.node, 'next'],
        `the historical path stops at '${p.node}': no branch condition holds`,
        'add a fall-through branch without when',
      );
  }
}

/** Walks the historical path; returns the node ids on it and any problem found. */
export function checkHistory(c: CompiledScenario): { path: string[]; diagnostics: Diagnostic[] } {
  const walk = walkHistory(c, { log: false });
  return { path: walk.path, diagnostics: walk.problem ? [diagnostic(walk.problem)] : [] };
}

/**
 * A meter that only rises along the historical path reads as the game endorsing one party's
 * actual course: warn, naming the meter and its climb.
 */
export function checkTrends(c: CompiledScenario): Diagnostic[] {
  return risingAlongHistory(c).map((m) =>
    warn(
      'history.risingMeter',
      ['variables', m.meter],
      `meter '${m.meter}' only rises along the historical path (${m.from} → ${m.to}), so the real course reads as the right one`,
      'give the historical choices their documented costs too (an effect that lowers this meter where the record shows a cost)',
    ),
  );
}
