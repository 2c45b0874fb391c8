// The opinion-label rule of scenarios/README.md §8: a line spoken by a state, a person or a body
// states that party's position, so every such dialogue node carries `opinion: true`. Sourced facts
// are narration, and a party's own text quoted as a whole is a `document` node (the "quoted
// document" mark), which the player opens as a source; neither is labelled.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/content/load';
import type { Scenario } from '../../src/engine';

const ROOT = join(import.meta.dirname, '../..');
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));

/** Party kinds whose words are a position, claim or characterisation, never a plain fact. */
const PARTY_KINDS = new Set(['state', 'person', 'body']);

function loadScenario(file: string): Scenario {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
  if (!r.scenario) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.scenario;
}

/** Ids of dialogue nodes whose speaker is a state, person or body but that lack the label. */
function unlabelledPartyLines(s: Scenario): string[] {
  return Object.entries(s.nodes)
    .filter(([, n]) => n.kind === 'dialogue')
    .filter(([, n]) => n.kind === 'dialogue' && PARTY_KINDS.has(s.parties[n.speaker]?.kind ?? ''))
    .filter(([, n]) => n.kind === 'dialogue' && n.opinion !== true)
    .map(([id]) => id);
}

describe.each(files)('%s: every party line is labelled as opinion', (file) => {
  const s = loadScenario(file);

  it('has party dialogue to check (so the rule cannot pass vacuously)', () => {
    const partyLines = Object.values(s.nodes).filter(
      (n) => n.kind === 'dialogue' && PARTY_KINDS.has(s.parties[n.speaker]?.kind ?? ''),
    );
    expect(partyLines.length).toBeGreaterThan(3);
  });

  it('labels each dialogue node of a state, person or body with opinion: true', () => {
    expect(unlabelledPartyLines(s), `add "opinion: true" to these nodes in scenarios/${file}`).toEqual([]);
  });
});

describe('the rule catches a planted fault', () => {
  it('reports a party line whose label was removed', () => {
    const s = loadScenario(files[0] as string);
    const [id, node] = Object.entries(s.nodes).find(
      ([, n]) => n.kind === 'dialogue' && PARTY_KINDS.has(s.parties[n.speaker]?.kind ?? ''),
    ) ?? ['', undefined];
    if (node?.kind !== 'dialogue') throw new Error('no party dialogue to plant a fault in');
    const planted: Scenario = { ...s, nodes: { ...s.nodes, [id]: { ...node, opinion: false } } };
    expect(unlabelledPartyLines(planted)).toEqual([id]);
  });
});
