// The one table of node kinds: for each kind, the targets it names, its text fields, the events
// it accepts (by its phase) and what an accepted event does (to, vars, gains, feedback). The
// interpreter, the XState machine, exploration, the debrief, validation and the text-key scan
// all read this table; a kind's rules live nowhere else.

import type { EngineEvent, VarValue } from './api';
import {
  type CompiledChoice,
  type CompiledNode,
  type CompiledScenario,
  firstBranch,
  holds,
} from './compiled';
import { applyEffects } from './expr/evaluate';
import { correctAnswer, isCorrect, isValidAnswer, wrongAnswer } from './quiz';
import type { NodeKind, QuizAnswer, ScenarioNode, TextKey } from './types';
import { entriesOf } from './validate/diag';

/** What the student is doing at a node; the scenario machine has one state per phase. */
export type Phase = 'reading' | 'choosing' | 'reasoning' | 'answering' | 'ended';

/** The event type each phase accepts (an ending accepts none). */
export const PHASE_EVENT = {
  reading: 'node.continue',
  choosing: 'choice.select',
  reasoning: 'reason.select',
  answering: 'quiz.answer',
} as const satisfies Record<Exclude<Phase, 'ended'>, EngineEvent['type']>;

/** What an accepted event does: where it leads, the variables after it, points, feedback. */
export interface Outcome {
  to: string;
  /** Variables after the event's own effects (the target's entry effects come on entering). */
  vars: Record<string, VarValue>;
  gain: Record<string, number>;
  /** `reason`: the feedback on the reason given, shown with the choice's own. */
  feedback: { key: TextKey; correct?: boolean; reason?: TextKey } | null;
  answer?: { item: string; correct: boolean; answer: QuizAnswer };
}

/** Reports a text key at a path, with the key the naming convention expects there. */
export type TextUse = (key: string | undefined, path: (string | number)[], expected?: string) => void;

type NodeOf<K extends NodeKind> = Extract<ScenarioNode, { kind: K }>;

export interface KindRule<K extends NodeKind> {
  phase: Phase;
  /** Each target the node names, conditions ignored (the story graph). */
  targets(n: NodeOf<K>, f: (to: string) => void): void;
  /** Its text keys (under `nodes.<id>`), with the conventional key for each place. */
  texts(n: NodeOf<K>, id: string, use: TextUse): void;
  /** The events a student can send here now: each open choice, a right and a wrong answer, continue. */
  moves(n: CompiledNode, vars: Record<string, VarValue>, c: CompiledScenario): EngineEvent[];
  /** What `e` does here; undefined when the node does not accept it now. */
  next(
    n: CompiledNode,
    vars: Record<string, VarValue>,
    e: EngineEvent,
    c: CompiledScenario,
  ): Outcome | undefined;
}

const NO_GAIN: Record<string, number> = {};
const CONTINUE: EngineEvent = { type: 'node.continue' };
const DEFAULT_AXIS = 'knowledge';

function nextTargets(n: { next: string | { to: string }[] }, f: (to: string) => void): void {
  const next = n.next;
  if (typeof next === 'string') f(next);
  else if (Array.isArray(next)) for (const b of next) f(b.to);
}

// Narration, dialogue and document: read, then continue along the first branch that holds. The
// three share these functions (not a closure each), so the interpreter's calls stay polymorphic
// rather than megamorphic: 40 % of a 10,000-step walk went to dispatch when they did not.
const readingMoves: KindRule<'narration'>['moves'] = (n, vars) =>
  firstBranch(n.branches, vars) ? [CONTINUE] : [];
const readingNext: KindRule<'narration'>['next'] = (n, vars, e) => {
  if (e.type !== 'node.continue') return undefined;
  const b = firstBranch(n.branches, vars);
  return b && { to: b.to, vars, gain: NO_GAIN, feedback: null };
};
const reading = <K extends 'narration' | 'dialogue' | 'document'>(
  texts: KindRule<K>['texts'],
): KindRule<K> => ({
  phase: 'reading',
  targets: nextTargets,
  texts,
  moves: readingMoves,
  next: readingNext,
});

/** A choice taken: its effects applied, `gain` credited, its feedback. */
function chosen(
  ch: CompiledChoice,
  vars: Record<string, VarValue>,
  c: CompiledScenario,
  gain: Gain,
): Outcome {
  return {
    to: ch.choice.to,
    vars: ch.effects.length ? applyEffects(ch.effects, vars, c.scenario.variables) : vars,
    gain,
    feedback: { key: ch.choice.feedback },
  };
}

type Gain = Record<string, number>;
/** The two score records added up (the choice's and its reason's). */
function addGains(a: Gain | undefined, b: Gain | undefined): Gain {
  if (!b) return a ?? NO_GAIN;
  const out: Gain = { ...a };
  for (const k of Object.keys(b)) out[k] = (out[k] ?? 0) + (b[k] as number);
  return out;
}

const mainText = (n: { text: TextKey }, id: string, use: TextUse) =>
  use(n.text, ['nodes', id, 'text'], `nodes.${id}.text`);

export const KINDS: { [K in NodeKind]: KindRule<K> } = {
  narration: reading(mainText),
  dialogue: reading(mainText),
  document: reading(() => {}),
  decision: {
    phase: 'choosing',
    targets: (n, f) => {
      for (const ch of n.choices ?? []) f(ch.to);
    },
    texts(n, id, use) {
      mainText(n, id, use);
      (n.choices ?? []).forEach((ch, i) => {
        const path = ['nodes', id, 'choices', i];
        const key = `nodes.${id}.choices.${ch.id}`;
        use(ch.label, [...path, 'label'], `${key}.label`);
        use(ch.feedback, [...path, 'feedback'], `${key}.feedback`);
        use(ch.unavailable, [...path, 'unavailable'], `${key}.unavailable`);
        for (const [meter, k] of entriesOf(ch.why)) use(k, [...path, 'why', meter], `${key}.why.${meter}`);
      });
      const r = n.reasons;
      if (!r) return;
      use(r.prompt, ['nodes', id, 'reasons', 'prompt'], `nodes.${id}.reasons.prompt`);
      (r.options ?? []).forEach((o, i) => {
        const path = ['nodes', id, 'reasons', 'options', i];
        use(o.label, [...path, 'label'], `nodes.${id}.reasons.${o.id}.label`);
        use(o.feedback, [...path, 'feedback'], `nodes.${id}.reasons.${o.id}.feedback`);
      });
    },
    moves: (n, vars) =>
      n.choices
        .filter((ch) => holds(ch.when, vars))
        .map((ch) => ({ type: 'choice.select', choice: ch.choice.id })),
    next(n, vars, e, c) {
      if (e.type !== 'choice.select') return undefined;
      const ch = n.choices.find((x) => x.choice.id === e.choice);
      if (!ch || !holds(ch.when, vars)) return undefined;
      // With a reason to give, nothing applies yet: the choice's effects, score and feedback come
      // with the reason, so the reason is asked before the feedback can suggest one.
      if (ch.via) return { to: ch.via, vars, gain: NO_GAIN, feedback: null };
      return chosen(ch, vars, c, ch.choice.score ?? NO_GAIN);
    },
  },
  reason: {
    phase: 'reasoning',
    targets: (n, f) => f(n.next),
    texts: () => {}, // the prompt and reasons belong to the decision that names them
    moves: (n) =>
      n.node.kind === 'reason'
        ? n.node.options.map((o) => ({ type: 'reason.select', reason: o.id }) as EngineEvent)
        : [],
    next(n, vars, e, c) {
      if (e.type !== 'reason.select' || n.node.kind !== 'reason') return undefined;
      const option = n.node.options.find((o) => o.id === e.reason);
      const ch = n.choices[0];
      if (!option || !ch) return undefined;
      const out = chosen(ch, vars, c, addGains(ch.choice.score, option.score));
      return { ...out, feedback: { key: ch.choice.feedback, reason: option.feedback } };
    },
  },
  check: {
    phase: 'answering',
    targets: nextTargets,
    texts: () => {}, // the item's text belongs to the quiz bank
    moves(n, vars, c) {
      const item = n.node.kind === 'check' ? c.items.get(n.node.item) : undefined;
      if (!item || !firstBranch(n.branches, vars)) return [];
      return [correctAnswer(item), wrongAnswer(item)].map((answer) => ({
        type: 'quiz.answer',
        item: item.id,
        answer,
      }));
    },
    next(n, vars, e, c) {
      if (e.type !== 'quiz.answer' || n.node.kind !== 'check' || e.item !== n.node.item) return undefined;
      const item = c.items.get(e.item);
      const b = firstBranch(n.branches, vars);
      if (!item || !b || !isValidAnswer(item, e.answer)) return undefined;
      const correct = isCorrect(item, e.answer);
      return {
        to: b.to,
        vars,
        gain: correct ? { [item.axis ?? DEFAULT_AXIS]: item.points ?? 1 } : NO_GAIN,
        feedback: { key: item.explanation, correct },
        answer: { item: item.id, correct, answer: e.answer },
      };
    },
  },
  ending: {
    phase: 'ended',
    targets: () => {},
    texts(n, id, use) {
      mainText(n, id, use);
      use(n.title, ['nodes', id, 'title'], `nodes.${id}.title`);
    },
    moves: () => [],
    next: () => undefined,
  },
};

/** The rule row of a node (typed loosely: callers hold a node of some kind). */
export const ruleOf = (n: ScenarioNode): KindRule<NodeKind> => KINDS[n.kind] as unknown as KindRule<NodeKind>;

/** Calls `f` with each target a node names, conditions ignored. */
export function eachTargetOf(n: ScenarioNode, f: (to: string) => void): void {
  // Unknown kinds reach here only from unvalidated input (the validator reports them).
  if (Object.hasOwn(KINDS, n.kind)) ruleOf(n).targets(n, f);
}
