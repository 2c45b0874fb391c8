// The game's rules inside an LMS (src/game/lms.ts) against scorm-again's Scorm12API: the package's
// own scenario only, a graded attempt opens at its result and is never reported again, and one
// report per attempt even if the ending is stepped on twice.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { compile, startRun } from '../../src/engine';
import { lmsRules } from '../../src/game/lms';
import type { Assignment } from '../../src/platform/assignment';
import { connectScorm } from '../../src/platform/scorm';
import { fixture } from '../engine/fixture';
import { finishedRun, fixtureCompiled } from '../support/runs';

const assignment: Assignment = {
  scenario: 'fixture',
  lng: 'choice',
  mode: 'assessment',
  classLabel: '',
  scorm: true,
};
const t = (k: string) => k;

function lms(core: object = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON({ cmi: { core: { lesson_status: 'not attempted', ...core } } } as never);
  const sets: string[] = [];
  api.on('LMSSetValue.cmi.*', (key: string) => void sets.push(key));
  const session = connectScorm({ API: api, parent: null });
  if (!session) throw new Error('no session');
  return { api, sets, rules: lmsRules(session, assignment, t) };
}

describe('lmsRules', () => {
  it('allows only the packaged scenario', () => {
    const { rules } = lms();
    expect(rules.allowsScenario('fixture')).toBe(true);
    expect(rules.allowsScenario('standoff')).toBe(false);
  });

  it('reports a run of another scenario never, and its own once', () => {
    const { api, rules } = lms({ score: {} });
    const other = compile({ ...fixture(), id: 'other' });
    const foreign = startRun(other, 1);
    foreign.send({ type: 'node.continue' });
    rules.onStep(foreign);
    expect(api.LMSGetValue('cmi.suspend_data')).toBe('');
    const run = finishedRun();
    rules.onStep(run);
    const status = api.LMSGetValue('cmi.core.lesson_status');
    expect(['completed', 'passed', 'failed']).toContain(status);
    expect(rules.allowsNewRun()).toBe(false);
    const raw = api.LMSGetValue('cmi.core.score.raw');
    rules.onStep(startRun(fixtureCompiled, 9));
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe(raw);
  });

  it.each(['passed', 'failed', 'completed'])(
    'opens a %s attempt at its result and sends nothing',
    (status) => {
      const { rules, sets } = lms({ lesson_status: status });
      expect(rules.openAt()).toBe('result');
      expect(rules.allowsNewRun()).toBe(false);
      rules.onStep(finishedRun());
      expect(sets).toEqual([]);
    },
  );

  it('opens a fresh or unfinished attempt for play', () => {
    expect(lms().rules.openAt()).toBe('play');
    expect(lms({ lesson_status: 'incomplete' }).rules.openAt()).toBe('play');
  });
});
