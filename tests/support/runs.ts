// Finished runs of the engine's test fixture, shared by the result-code and verification tests.
import { compile, startRun } from '../../src/engine';
import { fixture } from '../engine/fixture';

export const fixtureCompiled = compile(fixture());

/** intro → ruling → media → right answer → talk → quiet ending. */
export function finishedRun() {
  const run = startRun(fixtureCompiled, 1234);
  run.send({ type: 'node.continue' });
  run.send({ type: 'node.continue' });
  run.send({ type: 'choice.select', choice: 'media' });
  run.send({ type: 'quiz.answer', item: 'date', answer: { type: 'single', option: 'b' } });
  run.send({ type: 'choice.select', choice: 'talk' });
  run.send({ type: 'node.continue' });
  return run;
}

/** The shipped scenarios, loaded and validated by the content loader. */
export async function shippedScenarios() {
  const { findScenarioFiles, loadScenarioFile } = await import('../../src/content/load');
  const files = await findScenarioFiles('scenarios');
  const loaded = await Promise.all(files.map((f) => loadScenarioFile(f)));
  return loaded.flatMap((l) => (l.scenario ? [compile(l.scenario)] : []));
}

/** The student and times a result file carries in the teacher tests (a 2 min 5 s play). */
export const studentMeta = {
  mode: 'practice' as const,
  classLabel: '9A',
  name: 'Ani',
  startedAt: 1_000_000,
  finishedAt: 1_125_000,
};
