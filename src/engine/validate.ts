// Semantic validation of a schema-valid scenario: references, expressions, structure, graph,
// value ranges, the historical path and (when the rest is sound) full exploration of the
// machine. Returns every Diagnostic found; never throws.

import type { Diagnostic } from './api';
import { type CompiledScenario, compile } from './compile';
import { explore as exploreMachine } from './explore';
import type { Scenario } from './types';
import { checkDecisions } from './validate/decisions';
import { checkExpressions } from './validate/exprs';
import { checkGraph, graphReachable } from './validate/graph';
import { checkHistory, checkTrends } from './validate/history';
import { checkSize, collapseRepeats } from './validate/limits';
import { checkPlay, type ExplorationResult } from './validate/play';
import { checkRanges } from './validate/ranges';
import { checkRefs } from './validate/refs';
import { checkStage } from './validate/stage';
import { storyGraph } from './validate/storyGraph';
import { checkStructure } from './validate/structure';
import { checkWhys } from './validate/whys';

export interface ValidateOptions {
  /** File name without extension; must equal the scenario id. */
  fileName?: string;
  /**
   * Explores the machine with conditions evaluated (default: compile + explore). Pass your own to
   * keep the result (the CLI prints statistics from it), or `false` to skip this costly pass.
   */
  explore?: ((s: Scenario, compiled: CompiledScenario) => ExplorationResult) | false;
}

/** Diagnostics, and the compiled scenario when the checks got as far as compiling it. */
export interface Checked {
  diagnostics: Diagnostic[];
  compiled?: CompiledScenario;
}

export function validate(s: Scenario, opts: ValidateOptions = {}): Diagnostic[] {
  return check(s, opts).diagnostics;
}

/**
 * Validates and, when the scenario is sound enough to simulate, compiles it once: the compiled
 * scenario the historical walk and the exploration used is handed back rather than built again.
 */
export function check(s: Scenario, opts: ValidateOptions = {}): Checked {
  const out: Diagnostic[] = [];
  const compiled = validateAll(s, opts, out);
  const diagnostics = collapseRepeats(out);
  return compiled ? { diagnostics, compiled } : { diagnostics };
}

function validateAll(s: Scenario, opts: ValidateOptions, out: Diagnostic[]): CompiledScenario | undefined {
  const pass = (name: string, run: () => Diagnostic[]) => {
    try {
      // A loop, not push(...): spreading 100,000+ diagnostics overflows the argument stack.
      for (const d of run()) out.push(d);
    } catch (e) {
      // A pass tripping over a malformed scenario must not hide what the others found.
      const msg = e instanceof Error ? e.message : String(e);
      out.push({
        severity: 'error',
        code: 'internal.validator',
        path: [],
        message: `the ${name} check failed: ${msg}`,
        fix: 'fix the other errors first; if this stays, please report it',
      });
    }
  };
  pass('reference', () => checkRefs(s, opts.fileName));
  pass('structure', () => checkStructure(s));
  pass('stage', () => checkStage(s));
  pass('decision', () => checkDecisions(s));
  pass('why', () => checkWhys(s));
  let parsed: ReturnType<typeof checkExpressions>['parsed'] | undefined;
  pass('expression', () => {
    const r = checkExpressions(s);
    parsed = r.parsed;
    return r.diagnostics;
  });
  // Unknown targets would make every node after them look unreachable: report the cause only.
  let graph: ReturnType<typeof storyGraph> | undefined;
  const graphOf = () => {
    graph ??= storyGraph(s);
    return graph;
  };
  if (!out.some((d) => d.code === 'ref.unknownNode')) pass('graph', () => checkGraph(s, graphOf()));
  // The simulating passes need every reference and expression sound.
  if (
    !parsed?.ok ||
    out.some((d) => d.severity === 'error' && /^(ref|expr|var|decision|branch|internal)\./.test(d.code))
  ) {
    return undefined;
  }
  // Too big to simulate in bounded time: say so instead of compiling and exploring.
  const tooBig = checkSize(s);
  if (tooBig.length > 0) {
    for (const d of tooBig) out.push(d);
    return undefined;
  }
  const ok = parsed;
  pass('range', () => checkRanges(s, ok));
  // Compiled once: the historical walk and the exploration step through the same interpreter.
  let compiled: CompiledScenario | undefined;
  pass('compile', () => {
    compiled = compile(s);
    return [];
  });
  const c = compiled;
  if (!c) return undefined;
  pass('historical path', () => checkHistory(c).diagnostics);
  pass('meter trend', () => checkTrends(c));
  const explore = opts.explore === undefined ? () => exploreMachine(c) : opts.explore;
  if (explore) pass('exploration', () => checkPlay(s, explore(s, c), graphReachable(s, graphOf())));
  return c;
}
