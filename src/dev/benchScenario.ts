// Generates large, valid scenarios for the engine benchmark: repeated segments of narration, a
// three-way decision with conditions and effects, and a quiz check with conditional branches,
// with a hypothetical exit every tenth segment and a historical ending at the end.

import type { Choice, QuizItem, Scenario, ScenarioNode } from '../engine';

const SEGMENT_NODES = 3;

function segment(k: number, last: boolean): Record<string, ScenarioNode> {
  const next = last ? 'end' : `n${k + 1}`;
  const exit = k % 10 === 9;
  const choice = (id: string, to: string, extra: Partial<Choice>): Choice => ({
    id,
    label: `nodes.d${k}.choices.${id}.label`,
    feedback: `nodes.d${k}.choices.${id}.feedback`,
    to,
    ...extra,
  });
  const nodes: Record<string, ScenarioNode> = {
    [`n${k}`]: { kind: 'narration', text: `nodes.n${k}.text`, sources: ['src'], next: `d${k}` },
    [`d${k}`]: {
      kind: 'decision',
      text: `nodes.d${k}.text`,
      sources: ['src'],
      choices: [
        choice('comply', `c${k}`, {
          effects: ['pressure = 0', 'trust = 5'],
          // Each meter a choice moves says why (why.missing); pressure is a number, not a meter.
          why: { trust: `nodes.d${k}.choices.comply.why.trust` },
          score: { judgment: 1 },
          historical: true,
          sources: ['src'],
        }),
        choice('delay', `c${k}`, {
          when: 'pressure < 2',
          unavailable: `nodes.d${k}.choices.delay.unavailable`,
          effects: ['pressure += 1'],
          // Two top options per decision, as the validator asks (score.singleTop).
          score: { judgment: 2 },
        }),
        choice('leak', exit ? `x${k}` : `c${k}`, {
          when: 'not leaked and trust >= 3',
          unavailable: `nodes.d${k}.choices.leak.unavailable`,
          effects: ['leaked = true', 'trust = 3'],
          why: { trust: `nodes.d${k}.choices.leak.why.trust` },
          score: { judgment: 2 },
        }),
      ],
    },
    [`c${k}`]: {
      kind: 'check',
      item: `q${k % 10}`,
      sources: ['src'],
      next: [{ when: 'leaked and pressure >= 1', to: next }, { to: next }],
    },
  };
  if (exit) {
    nodes[`x${k}`] = {
      kind: 'ending',
      title: `nodes.x${k}.title`,
      text: `nodes.x${k}.text`,
      outcome: 'hypothetical',
    };
  }
  return nodes;
}

function quizItem(i: number): QuizItem {
  return {
    id: `q${i}`,
    type: 'single',
    prompt: `quiz.q${i}.prompt`,
    explanation: `quiz.q${i}.explanation`,
    sources: ['src'],
    options: ['a', 'b', 'c'].map((o) => ({ id: o, label: `quiz.q${i}.options.${o}` })),
    correct: 'a',
  };
}

/** A valid scenario with about `size` nodes. */
export function benchScenario(size: number): Scenario {
  const segments = Math.max(1, Math.round(size / (SEGMENT_NODES + 0.1)));
  let nodes: Record<string, ScenarioNode> = {};
  for (let k = 0; k < segments; k++) nodes = Object.assign(nodes, segment(k, k === segments - 1));
  nodes.end = { kind: 'ending', title: 'nodes.end.title', text: 'nodes.end.text', outcome: 'historical' };
  return {
    id: `bench-${size}`,
    contentVersion: 1,
    meta: {
      title: 'meta.title',
      summary: 'meta.summary',
      role: 'meta.role',
      seat: 'us',
      era: { from: '2017', to: '2017' },
      places: [],
      minutes: 5,
      objectives: [],
      contentNotes: [],
    },
    parties: { us: { name: 'parties.us.name', kind: 'state' } },
    places: {},
    sources: {
      src: {
        outlet: 'Example',
        outletNote: 'sources.src.outletNote',
        title: 'Example',
        date: '2017',
        language: 'en',
        url: 'https://example.org/',
      },
    },
    documents: {},
    variables: {
      trust: { type: 'meter', label: 'vars.trust.label', min: 0, max: 10, initial: 5 },
      pressure: { type: 'number', min: 0, max: 3, initial: 0 },
      leaked: { type: 'flag', initial: false },
    },
    axes: {
      knowledge: { label: 'axes.knowledge.label', description: 'axes.knowledge.description' },
      judgment: { label: 'axes.judgment.label', description: 'axes.judgment.description' },
    },
    start: 'n0',
    nodes,
    quiz: Array.from({ length: 10 }, (_, i) => quizItem(i)),
    debrief: { timeline: [], questions: [] },
  };
}
