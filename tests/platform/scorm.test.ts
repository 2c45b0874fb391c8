// The SCORM 1.2 adapter against scorm-again's Scorm12API (a real LMS-side implementation):
// finding the API up the frame chain, status and score, suspend data and resume, interactions,
// objectives, location, the one-graded-attempt rule and the suspend-data limit on the longest play.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import {
  type CompiledScenario,
  heaviestPlays,
  type LogEntry,
  type QuizAnswer,
  replay,
  startRun,
} from '../../src/engine';
import { runFromCode } from '../../src/platform/replayEvents';
import { encodeResult } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import { connectScorm, findScormApi, SUSPEND_LIMIT, scormOutcome, scormTime } from '../../src/platform/scorm';
import { interactions, objectives } from '../../src/platform/scorm/report';
import { finishedRun, fixtureCompiled, shippedScenarios } from '../support/runs';

/** An LMS-side API; `sets` records every value the content writes (some are write-only). */
function lms(json: object = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ cmi: { core: { lesson_status: 'not attempted' }, ...json } } as never);
  const sets = new Map<string, string>();
  api.on('LMSSetValue.cmi.*', (key: string, value: string) => void sets.set(key, value));
  return Object.assign(api, { sets });
}

describe('findScormApi', () => {
  it('finds the API in a grandparent frame, then through the opener', () => {
    const api = lms();
    const top: { API?: unknown; parent?: unknown } = { API: api };
    top.parent = top;
    const frame = { parent: { parent: top } };
    expect(findScormApi(frame as never)).toBe(api);
    const popup = { parent: null, opener: { parent: top } };
    expect(findScormApi(popup as never)).toBe(api);
    expect(findScormApi({ parent: null })).toBeNull();
  });
});

describe('scorm outcome', () => {
  it.each([
    [6, 8, undefined, 75, 'completed'],
    [6, 8, 70, 75, 'passed'],
    [5, 8, 70, 63, 'failed'],
    [0, 0, 50, 0, 'failed'],
  ])('%i of %i with mastery %s → %i %s', (score, max, mastery, raw, status) => {
    expect(scormOutcome(score, max, mastery)).toEqual({ raw, status });
  });
  it('formats session time as HHHH:MM:SS', () => {
    expect(scormTime(3_723_000)).toBe('0001:02:03');
  });
});

describe('connectScorm', () => {
  const partial = () => {
    const run = startRun(fixtureCompiled, 77);
    run.send({ type: 'node.continue' });
    run.send({ type: 'node.continue' });
    run.send({ type: 'choice.select', choice: 'law' });
    return run;
  };
  const code = (run: ReturnType<typeof partial>) =>
    encodeResult(resultFromRun(run, { mode: 'assessment', classLabel: '', name: '', startedAt: 0 }));

  it('marks the attempt incomplete, saves suspend data and resumes the same run', () => {
    const api = lms();
    const session = connectScorm({ API: api, parent: null });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    const run = partial();
    const data = code(run);
    expect(data.length).toBeLessThan(SUSPEND_LIMIT);
    expect(session?.save({ suspend: data, location: run.node, interactions: interactions(run) })).toBe(true);
    session?.finish();
    expect(api.sets.get('cmi.core.exit')).toBe('suspend');
    expect(api.sets.get('cmi.core.session_time')).toMatch(/^\d{4}:\d{2}:\d{2}$/);

    const again = lms({ suspend_data: api.LMSGetValue('cmi.suspend_data'), core: { entry: 'resume' } });
    const resumed = connectScorm({ API: again, parent: null })?.resumeData();
    const restored = runFromCode(fixtureCompiled, resumed ?? '');
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.value.node).toBe(run.node);
    expect(restored.value.context.vars).toEqual(run.context.vars);
  });

  it('reports score and passed/failed against the LMS mastery score', () => {
    const api = lms({ student_data: { mastery_score: '50' } });
    const session = connectScorm({ API: api, parent: null });
    const run = finishedRun();
    session?.complete(2, 4, objectives(run));
    session?.finish();
    expect(run.done).toBe(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
  });

  it('refuses suspend data over 4,096 characters', () => {
    const session = connectScorm({ API: lms(), parent: null });
    const big = { suspend: 'x'.repeat(SUSPEND_LIMIT + 1), location: 'n', interactions: [] };
    expect(session?.save(big)).toBe(false);
  });

  it('returns null without an LMS', () => {
    expect(connectScorm({ parent: null })).toBeNull();
  });
});

describe('per-decision data', () => {
  const progress = (run: ReturnType<typeof finishedRun>) => ({
    suspend: 'PRC1.x',
    location: run.node,
    interactions: interactions(run),
  });

  it('sends each decision and answer as an interaction, each axis as an objective, the node as location', () => {
    const api = lms({ student_data: { mastery_score: '50' } });
    const session = connectScorm({ API: api, parent: null });
    const run = finishedRun();
    session?.save(progress(run));
    session?.complete(2, 4, objectives(run));
    const get = (k: string) => api.LMSGetValue(k);
    expect(String(api.LMSGetLastError())).toBe('0');
    expect(get('cmi.core.lesson_location')).toBe(run.node);
    expect(get('cmi.interactions._count')).toBe('3');
    expect(api.sets.get('cmi.interactions.0.id')).toBe(
      `d.${run.context.log.find((e) => e.type === 'choice.select')?.node}`,
    );
    expect(api.sets.get('cmi.interactions.0.type')).toBe('choice');
    expect(api.sets.get('cmi.interactions.0.student_response')).toBe('media');
    expect(api.sets.get('cmi.interactions.0.result')).toBe('neutral');
    expect(api.sets.get('cmi.interactions.0.weighting')).toBe('1');
    expect(api.sets.get('cmi.interactions.0.objectives.0.id')).toBe('judgment');
    expect(api.sets.get('cmi.interactions.1.id')).toBe('q.date');
    expect(api.sets.get('cmi.interactions.1.objectives.0.id')).toBe('knowledge');
    expect(api.sets.get('cmi.interactions.1.student_response')).toBe('b');
    expect(api.sets.get('cmi.interactions.1.result')).toBe(
      run.context.answers.date?.correct ? 'correct' : 'wrong',
    );
    expect(api.sets.get('cmi.interactions.2.student_response')).toBe('talk');
    expect(get('cmi.objectives._count')).toBe(String(fixtureCompiled.axes.length));
    fixtureCompiled.axes.forEach((axis, n) => {
      expect(get(`cmi.objectives.${n}.id`)).toBe(axis);
      expect(get(`cmi.objectives.${n}.score.raw`)).toBe(String(run.context.score[axis] ?? 0));
    });
  });

  it('maps true-false and order answers to their SCORM types', () => {
    const run = {
      scenario: fixtureCompiled,
      context: {
        log: [
          { type: 'quiz.answer', node: 'x', item: 'tf', answer: { type: 'truefalse', value: false } },
          {
            type: 'quiz.answer',
            node: 'y',
            item: 'ord',
            answer: { type: 'order', options: ['c', 'a', 'b'] },
          },
        ],
        answers: {},
      },
    } as unknown as ReturnType<typeof finishedRun>;
    expect(interactions(run).map((i) => [i.type, i.response, i.result])).toEqual([
      ['true-false', 'f', 'wrong'],
      ['sequencing', 'c,a,b', 'wrong'],
    ]);
  });

  it('reports the reason given after a choice as its own interaction, scored on its axes', async () => {
    const appeal = (await shippedScenarios()).find((x) => x.scenario.id === 'appeal');
    if (!appeal) throw new Error('no appeal');
    const run = startRun(appeal, 5);
    for (let i = 0; i < 60 && run.view().kind !== 'reason'; i++) {
      const v = run.view();
      const open = v.choices.find((x) => x.available);
      if (v.kind === 'decision' && open) run.send({ type: 'choice.select', choice: open.id });
      else if (v.kind === 'check') run.send(run.ahead()[0]?.event ?? { type: 'node.continue' });
      else run.send({ type: 'node.continue' });
    }
    const v = run.view();
    const [decision] = v.node.split('~');
    const reason = v.choices[0]?.id ?? '';
    run.send({ type: 'reason.select', reason });
    const last = interactions(run).at(-1);
    expect(last).toMatchObject({ id: `r.${decision}`, type: 'choice', response: reason, result: 'neutral' });
    expect(last?.objectives).toEqual(['reasoning']);
  });

  it('continues after the interactions a resumed attempt already sent', () => {
    const api = lms();
    const run = finishedRun();
    const first = connectScorm({ API: api, parent: null });
    first?.save({ ...progress(run), interactions: interactions(run).slice(0, 2) });
    first?.finish();
    const saved = JSON.parse(JSON.stringify(api.cmi)) as { interactions: unknown };
    const again = lms({ interactions: saved.interactions });
    const second = connectScorm({ API: again, parent: null });
    second?.save(progress(run));
    expect(again.LMSGetValue('cmi.interactions._count')).toBe('3');
    expect([...again.sets.keys()].filter((k) => k.endsWith('.id'))).toEqual(['cmi.interactions.2.id']);
  });

  it.each(['passed', 'failed', 'completed'])('never reports again an attempt the LMS marked %s', (status) => {
    const api = lms({ core: { lesson_status: status, score: { raw: '81' } } });
    const session = connectScorm({ API: api, parent: null });
    const run = finishedRun();
    expect(session?.recorded).toBe(true);
    expect(session?.save(progress(run))).toBe(false);
    session?.complete(0, 4, objectives(run));
    session?.finish();
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe(status);
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('81');
    expect([...api.sets.keys()]).toEqual(['cmi.core.session_time']);
  });
});

/** The answer to `item` with the most characters: every option of a multiple-answer item. */
function longestAnswer(c: CompiledScenario, id: string): QuizAnswer | undefined {
  const item = c.scenario.quiz.find((q) => q.id === id);
  if (!item) return undefined;
  if (item.type === 'truefalse') return { type: 'truefalse', value: false };
  const ids = item.options.map((o) => o.id);
  if (item.type === 'single')
    return { type: 'single', option: [...ids].sort((a, b) => b.length - a.length)[0] ?? '' };
  return item.type === 'multiple' ? { type: 'multiple', options: ids } : { type: 'order', options: ids };
}

describe('suspend_data on the longest play of the longest scenario', () => {
  // Every play is considered, reasons included, without enumerating them (millions): the 25
  // heaviest plays of each scenario by log size (with each answer at its longest, as a student
  // may give it) and the 25 with the most steps are found over the state graph (heaviestPlays),
  // and encoded in full. A code deflates the compacted log, so a longer log makes a longer code.
  it('stays under 4,096 characters', async () => {
    let longest = { length: 0, id: '', events: 0 };
    for (const c of await shippedScenarios()) {
      const widest = (e: LogEntry): LogEntry =>
        e.type === 'quiz.answer' ? { ...e, answer: longestAnswer(c, e.item) ?? e.answer } : e;
      const bySize = heaviestPlays(c, 25, (e) => JSON.stringify(widest(e)).length).plays;
      const bySteps = heaviestPlays(c, 25, () => 1).plays;
      expect(bySize.length).toBe(25);
      for (const play of [...bySize, ...bySteps]) {
        const run = replay(c, 0xffffffff, play);
        if (!run.ok) throw new Error(`${c.scenario.id}: a play does not replay`);
        const started = Date.UTC(2026, 0, 1);
        const result = resultFromRun(run.value, {
          mode: 'assessment',
          classLabel: '',
          name: '',
          startedAt: started,
          finishedAt: started + 99 * 3600_000,
        });
        const events = result.events.map((e) => widest(e as LogEntry));
        const data = encodeResult({ ...result, events });
        if (data.length > longest.length)
          longest = { length: data.length, id: c.scenario.id, events: play.length };
      }
    }
    console.log(
      `longest suspend_data: ${longest.length} characters (${longest.id}, ${longest.events} events)`,
    );
    expect(longest.length).toBeGreaterThan(0);
    expect(longest.length).toBeLessThan(SUSPEND_LIMIT);
  });
});
