// Composition root: wires content, i18n, platform and the game together, and drives the plain
// HTML loading indicator in index.html until the first screen accepts input.
import {
  scenarios,
  languages as shipped,
  namespaceLoaders as shippedLoaders,
} from 'virtual:precedent-content';
import { createActor } from 'xstate';
import { compile } from './engine';
import { App } from './game/app';
import { AssignmentSession } from './game/assignmentSession';
import { assignmentErrorText } from './game/dom/assignment';
import { showErrorScreen, watchForFatalErrors } from './game/errorScreen';
import { flowMachine } from './game/flow';
import './game/dom/style.css';
import { createTranslator } from './i18n';
import { readDraftPreview, withDraft } from './i18n/draftPreview';
import { loadFonts } from './i18n/fonts';
import { pickLanguage } from './i18n/languages';
import { previewOptions, withPseudo } from './i18n/preview';
import { CHOICE_LNG, parseAssignment } from './platform/assignment';
import { whenIdle } from './platform/idle';
import { MARK } from './platform/marks';
import { registerServiceWorker } from './platform/serviceWorker';
import { createStore, LAST_KEY, LNG_KEY, saveKey } from './platform/storage';
import { setUrlLanguage, urlLanguage } from './platform/url';

function bootProgress(total: number) {
  const bar = document.getElementById('boot-progress') as HTMLProgressElement | null;
  let done = 0;
  if (bar) bar.max = total;
  return () => {
    done += 1;
    if (bar) bar.value = done;
  };
}

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const store = createStore();
  // Translators' preview (?lng=pseudo, ?keys=1): off unless the address asks for it.
  const preview = previewOptions(location.search);
  const base = preview.pseudo
    ? withPseudo(shipped, shippedLoaders)
    : { languages: shipped, loaders: shippedLoaders };
  // The translator's page previews a draft language (`?draft=1`, see src/i18n/draftPreview.ts).
  const draft = readDraftPreview(location.search, () => localStorage);
  const { languages, loaders } = draft ? withDraft(base.languages, base.loaders, draft) : base;
  const codes = Object.keys(languages);
  const link = parseAssignment(location.search, { scenarios: scenarios.map((s) => s.id), languages: codes });
  const assigned = link.ok ? link.value : null;
  // `lng=choice` leaves the language to the student (their last choice, then the browser's).
  const urlLng = assigned ? (assigned.lng === CHOICE_LNG ? null : assigned.lng) : urlLanguage();
  const lng = pickLanguage(codes, urlLng ?? store.get(LNG_KEY), navigator.languages ?? []);
  const meta = languages[lng];
  const translator = await createTranslator(languages, loaders, { showKeys: preview.keys });
  // One step per locale file plus one for the fonts: a real count of what is being fetched.
  const tick = bootProgress(translator.pending(lng) + 1);
  await Promise.all([translator.load(lng, tick), meta ? loadFonts(meta).then(tick) : Promise.resolve()]);
  await translator.setLanguage(lng);
  document.documentElement.lang = lng;
  const student = (key: string, params?: Record<string, string | number>) =>
    translator.i18n.t(key, { ns: 'teacher', ...params }) as string;
  const lmsText = (key: string, params?: Record<string, string | number>) =>
    translator.i18n.t(key, { ns: 'lms', ...params }) as string;
  // Inside an LMS only: the SCORM code is fetched then, off the first screen's critical path.
  const lms = assigned?.scorm
    ? (await import('./game/lms')).connectLms(window, assigned, lmsText)
    : undefined;
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
    lng,
    onLanguage: (next) => {
      document.documentElement.lang = next;
      store.set(LNG_KEY, next);
      setUrlLanguage(next);
    },
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
  // Offline play; an update found later reloads the page only while the menu is showing.
  // Not inside an LMS: the package ships no worker (the LMS serves and tracks the content).
  if (!assigned?.scorm) registerServiceWorker(() => document.querySelector('[data-open]') !== null);
}

/** Back to the menu after a fatal error: forget the open scenario (its save stays) and start afresh. */
function backToMenu(): void {
  createStore().remove(LAST_KEY);
  location.reload();
}

watchForFatalErrors(backToMenu);
boot().catch((e: unknown) => {
  console.error(e); // handled here, so the console would not otherwise see it
  showErrorScreen(e, backToMenu);
});
