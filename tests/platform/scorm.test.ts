// The SCORM 1.2 adapter against scorm-again's Scorm12API (a real LMS-side implementation):
// finding the API up the frame chain, status and score, suspend data and resume.
import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { startRun } from '../../src/engine';
import { runFromCode } from '../../src/platform/replayEvents';
import { encodeResult } from '../../src/platform/resultCode';
import { resultFromRun } from '../../src/platform/resultFile';
import { connectScorm, findScormApi, SUSPEND_LIMIT, scormOutcome, scormTime } from '../../src/platform/scorm';
import { finishedRun, fixtureCompiled } from '../support/runs';

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
    expect(session?.save(data)).toBe(true);
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
    session?.complete(2, 4);
    session?.finish();
    expect(run.done).toBe(true);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
  });

  it('refuses suspend data over 4,096 characters', () => {
    const session = connectScorm({ API: lms(), parent: null });
    expect(session?.save('x'.repeat(SUSPEND_LIMIT + 1))).toBe(false);
  });

  it('returns null without an LMS', () => {
    expect(connectScorm({ parent: null })).toBeNull();
  });
});
