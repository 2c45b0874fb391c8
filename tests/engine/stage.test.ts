// The map's diplomacy as pure functions: relation states from meters and flags (worst holding state
// wins), parties entering the stage along the path, press lines only right after their choice, and
// the validator's stage checks (unknown ids, bad conditions, unsourced cards and reports).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { startRun } from '../../src/engine/run';
import { partiesOnStage, pressAfter, relationState, relationViews } from '../../src/engine/stage';
import type { Scenario, StageRelation } from '../../src/engine/types';
import { validate } from '../../src/engine/validate';
import { fixture } from './fixture';

function staged(): Scenario {
  const s = fixture();
  s.places.baku = { name: 'places.baku.name', lat: 40.4, lon: 49.87 };
  s.stage = {
    parties: {
      team: { place: 'minsk', position: 'stage.parties.team.position', sources: ['s1'] },
      court: { place: 'baku', position: 'stage.parties.court.position', sources: ['s1'], from: 'd1' },
    },
    relations: [
      {
        between: ['team', 'court'],
        strained: 'legal < 50',
        frozen: 'press >= 60',
        broken: 'leaked and legal < 10',
      },
    ],
    press: {
      d1: {
        media: [
          { text: 'stage.press.d1.media.0', kind: 'illustration' },
          { text: 'stage.press.d1.media.1', kind: 'reported', sources: ['s1'] },
        ],
      },
    },
  };
  return s;
}

describe('relation state', () => {
  const r: StageRelation = staged().stage?.relations?.[0] as StageRelation;
  it('is the worst state whose condition holds, else normal', () => {
    expect(relationState(r, { legal: 80, press: 0, leaked: false })).toBe('normal');
    expect(relationState(r, { legal: 40, press: 0, leaked: false })).toBe('strained');
    expect(relationState(r, { legal: 40, press: 70, leaked: false })).toBe('frozen');
    expect(relationState(r, { legal: 0, press: 70, leaked: true })).toBe('broken');
  });
  it('treats a condition that does not parse as not holding', () => {
    expect(relationState({ between: ['a', 'b'], broken: 'legal <' }, { legal: 1 })).toBe('normal');
  });
});

describe('a run on stage', () => {
  it('brings parties in along the path and lines follow the flags the choice set', () => {
    const s = staged();
    const run = startRun(compile(s), 7);
    const at = () => relationViews(s, run.context.path, run.context.vars);
    expect(partiesOnStage(s, run.context.path)).toEqual(['team']);
    expect(at()).toEqual([]);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    expect(partiesOnStage(s, run.context.path)).toEqual(['team', 'court']);
    expect(at()).toEqual([{ a: 'team', b: 'court', state: 'strained' }]);
    expect(pressAfter(s, run.context.log)).toEqual([]);
    run.send({ type: 'choice.select', choice: 'media' });
    expect(at()[0]?.state).toBe('frozen');
    expect(pressAfter(s, run.context.log).map((l) => l.text)).toEqual([
      'stage.press.d1.media.0',
      'stage.press.d1.media.1',
    ]);
    run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } });
    expect(pressAfter(s, run.context.log)).toEqual([]); // only on the page right after the choice
  });
  it('keeps the press of a choice on the page after the reason given for it', () => {
    const s = staged();
    const choice = { type: 'choice.select', node: 'd1', choice: 'media', at: 1 } as const;
    const reason = { type: 'reason.select', node: 'd1~media', reason: 'r1', at: 2 } as const;
    const lines = (log: unknown[]) =>
      pressAfter(s, log as Parameters<typeof pressAfter>[1]).map((l) => l.text);
    expect(lines([choice, reason])).toEqual(['stage.press.d1.media.0', 'stage.press.d1.media.1']);
    expect(lines([reason])).toEqual([]);
  });
  it('shows no press for a choice without lines, and none for a scenario without a stage', () => {
    const s = staged();
    const run = startRun(compile(s), 7);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    expect(pressAfter(s, run.context.log)).toEqual([]);
    const plain = fixture();
    expect(partiesOnStage(plain, ['intro', 'd1'])).toEqual([]);
    expect(relationViews(plain, ['intro'], {})).toEqual([]);
  });
});

describe('validating the stage block', () => {
  const codes = (s: Scenario) => validate(s, { explore: false }).filter((d) => d.code.startsWith('stage.'));
  it('accepts a sound stage block', () => {
    expect(codes(staged())).toEqual([]);
  });
  it('names unknown places, parties, nodes, choices and sources with a fix', () => {
    const s = staged();
    const st = s.stage as NonNullable<Scenario['stage']>;
    (st.parties as Record<string, { place: string }>).team = { ...st.parties?.team, place: 'minks' } as never;
    (st.relations as StageRelation[])[0] = { between: ['team', 'cort'] };
    st.press = { d1: { medai: [{ text: 'x', kind: 'reported', sources: ['s2'] }] } };
    const ds = codes(s);
    expect(ds.map((d) => d.code).sort()).toEqual([
      'stage.unknownChoice',
      'stage.unknownPlace',
      'stage.unknownSource',
      'stage.unknownStageParty',
    ]);
    const place = ds.find((d) => d.code === 'stage.unknownPlace');
    expect(place?.path).toEqual(['stage', 'parties', 'team', 'place']);
    expect(place?.message).toContain("did you mean 'minsk'");
    expect(ds.find((d) => d.code === 'stage.unknownChoice')?.message).toContain("did you mean 'media'");
  });
  it('rejects a number as a condition, a reported line without sources and an unsourced card', () => {
    const s = staged();
    const st = s.stage as NonNullable<Scenario['stage']>;
    (st.relations as StageRelation[])[0] = { between: ['team', 'court'], frozen: 'legal + 1' };
    st.press = { d1: { media: [{ text: 'x', kind: 'reported' }] } };
    (st.parties as Record<string, { sources: string[] }>).court = {
      ...st.parties?.court,
      sources: [],
    } as never;
    expect(
      codes(s)
        .map((d) => d.code)
        .sort(),
    ).toEqual(['stage.badCondition', 'stage.partyUnsourced', 'stage.reportedUnsourced']);
  });
});
