// The game behind the first screen: compiles the scenarios, makes the App and the flow actor and
// supplies the flow's effects. Its own chunk (xstate, the engine, the scenario structures), which
// src/main.ts imports when a student leaves the menu, or at once when the page opens elsewhere
// (an assignment, an LMS, a scenario left open). See docs/architecture.md, "Loading".
import { scenarios } from 'virtual:precedent-scenarios';
import { createActor } from 'xstate';
import { compile, type Result } from '../engine';
import type { Translator } from '../i18n';
import type { Assignment, AssignmentError } from '../platform/assignment';
import { whenIdle } from '../platform/idle';
import { MARK } from '../platform/marks';
import { type KeyValueStore, LAST_KEY, saveKey } from '../platform/storage';
import { App } from './app';
import { AssignmentSession } from './assignmentSession';
import { assignmentErrorText } from './dom/assignment';
import { flowMachine } from './flow';

export interface GameOptions {
  root: HTMLElement;
  store: KeyValueStore;
  translator: Translator;
  lng: string;
  link: Result<Assignment | null, AssignmentError>;
  onLanguage(lng: string): void;
  /** The scenario the student picked on the first screen, opened once the flow is up. */
  pick?: string;
}

export async function startGame(o: GameOptions): Promise<void> {
  const { root, store, translator, link } = o;
  const assigned = link.ok ? link.value : null;
  await translator.load(o.lng);
  const student = (key: string, params?: Record<string, string | number>) =>
    translator.i18n.t(key, { ns: 'teacher', ...params }) as string;
  const lmsText = (key: string, params?: Record<string, string | number>) =>
    translator.i18n.t(key, { ns: 'lms', ...params }) as string;
  // Inside an LMS only: the SCORM code is fetched then, off the first screen's critical path.
  const lms = assigned?.scorm ? (await import('./lms')).connectLms(window, assigned, lmsText) : undefined;
  if (lms) window.addEventListener('pagehide', () => lms.finish());
  const compiled = scenarios.map(compile);
  const assignment = assigned ? new AssignmentSession(assigned, student) : undefined;
  const app = new App({
    assignment,
    lms,
    notice: link.ok ? undefined : assignmentErrorText(student, link.error),
    root,
    store,
    translator,
    scenarios: compiled,
    lng: o.lng,
    onLanguage: o.onLanguage,
  });
  document.getElementById('boot')?.remove();
  root.hidden = false;
  // The flow's effects are supplied here, at the edge: storage, the LMS, marks, notices, drawing.
  const flow = createActor(
    flowMachine.provide({
      actions: {
        draw: (_, { focus }) => app.draw(focus),
        persist: (_, { run }) => {
          if (run && !store.set(saveKey(run.scenario.scenario.id), JSON.stringify(run.save()))) {
            queueMicrotask(() => flow.send({ type: 'storage.failed' }));
          }
        },
        scheduleSave: () => requestAnimationFrame(() => whenIdle(() => flow.send({ type: 'save.idle' }))),
        removeSave: (_, { id }) => store.remove(saveKey(id)),
        rememberOpen: (_, { id }) => (id ? store.set(LAST_KEY, id) : store.remove(LAST_KEY)),
        reportStart: () => assignment?.started(),
        // LMS: suspend data, location and interactions after each step; the grade at the end.
        reportStep: (_, { run }) => {
          assignment?.stepped(run);
          lms?.onStep(run);
        },
        saveProblem: (_, { id, kind }) => {
          if (!kind || !id) return;
          store.remove(saveKey(id));
          app.saveNotice(kind);
        },
        warnStorage: () => app.storageNotice(),
        markMenuReady: () => performance.mark(MARK.menuReady),
        markScenarioReady: () => performance.mark(MARK.scenarioReady),
      },
    }),
    {
      input: {
        scenarios: new Map(compiled.map((c) => [c.scenario.id, c])),
        retry: assignment?.retry ?? true,
        readSave: (id) => store.get(saveKey(id)),
        lms: lms ?? null,
      },
    },
  );
  // A step not yet written is written before the page goes away or is hidden.
  addEventListener('pagehide', () => flow.send({ type: 'page.hidden' }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flow.send({ type: 'page.hidden' });
  });
  app.start(flow);
  if (o.pick) flow.send({ type: 'scenario.pick', id: o.pick });
}
