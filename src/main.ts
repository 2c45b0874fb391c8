// Composition root: wires content, i18n and platform together, drives the plain HTML loading
// indicator in index.html, and draws the first screen. The menu needs only what it draws (the
// shell, i18next, `common` and the menu's built-in strings); the game behind it (xstate, the
// engine, the scenario structures and texts: ./game/boot.ts) is fetched once the menu is up and
// started at the first Play. A page that opens past the menu (an assignment, an LMS, a scenario
// left open, a translator's preview) starts the whole game at once.
import {
  menu,
  menuTexts,
  languages as shipped,
  namespaceLoaders as shippedLoaders,
} from 'virtual:precedent-content';
import './game/dom/style.css';
import { showErrorScreen, watchForFatalErrors } from './game/errorScreen';
import { FIRST_SCREEN_NS, showFirstMenu } from './game/firstMenu';
import { createTranslator } from './i18n';
import { readDraftPreview, withDraft } from './i18n/draftPreview';
import { loadFonts } from './i18n/fonts';
import { pickLanguage } from './i18n/languages';
import { previewOptions, withPseudo } from './i18n/preview';
import { CHOICE_LNG, parseAssignment } from './platform/assignment';
import { whenIdle } from './platform/idle';
import { registerServiceWorker } from './platform/serviceWorker';
import { createStore, LAST_KEY, LNG_KEY } from './platform/storage';
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

const loadGame = () => import('./game/boot');

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
  const link = parseAssignment(location.search, { scenarios: menu.map((s) => s.id), languages: codes });
  const assigned = link.ok ? link.value : null;
  // `lng=choice` leaves the language to the student (their last choice, then the browser's).
  const urlLng = assigned ? (assigned.lng === CHOICE_LNG ? null : assigned.lng) : urlLanguage();
  const lng = pickLanguage(codes, urlLng ?? store.get(LNG_KEY), navigator.languages ?? []);
  const meta = languages[lng];
  // The menu first, unless the page opens elsewhere or must say something before it.
  const menuFirst =
    link.ok && !assigned && store.usable && store.get(LAST_KEY) === null && !preview.pseudo && !preview.keys;
  const translator = await createTranslator(languages, loaders, { showKeys: preview.keys });
  const only = menuFirst ? FIRST_SCREEN_NS : undefined;
  if (menuFirst)
    for (const [l, bundles] of Object.entries(menuTexts))
      for (const [ns, data] of Object.entries(bundles)) translator.seed(l, ns, data);
  // One step per locale file plus one for the fonts: a real count of what is being fetched.
  const tick = bootProgress(translator.pending(lng, only) + 1);
  await Promise.all([
    translator.load(lng, tick, only),
    meta ? loadFonts(meta).then(tick) : Promise.resolve(),
  ]);
  await translator.setLanguage(lng, only);
  document.documentElement.lang = lng;
  const onLanguage = (next: string) => {
    document.documentElement.lang = next;
    store.set(LNG_KEY, next);
    setUrlLanguage(next);
  };
  const options = { root, store, translator, link, onLanguage };
  if (menuFirst) {
    showFirstMenu({
      ...options,
      lng,
      menu,
      open: (id, now) => {
        void Promise.all([loadGame(), translator.load(now)])
          .then(([game]) => game.startGame({ ...options, lng: now, pick: id }))
          .catch((e: unknown) => fail(e));
      },
    });
    // Fetched while the student reads the menu, so Play answers at once: the game and the current
    // language's scenario texts. The stage (Phaser, 1.4 MB to parse, and the atlas) is fetched
    // from the briefing on (App.start), so reading the menu costs the main thread nothing.
    whenIdle(() => {
      void loadGame().catch(() => undefined);
      void translator.load(lng);
    });
  } else await (await loadGame()).startGame({ ...options, lng });
  // Offline play; an update found later reloads the page only while the menu is showing.
  // Not inside an LMS: the package ships no worker (the LMS serves and tracks the content).
  if (!assigned?.scorm) registerServiceWorker(() => document.querySelector('[data-open]') !== null);
}

/** Back to the menu after a fatal error: forget the open scenario (its save stays) and start afresh. */
function backToMenu(): void {
  createStore().remove(LAST_KEY);
  location.reload();
}

function fail(e: unknown): void {
  console.error(e); // handled here, so the console would not otherwise see it
  showErrorScreen(e, backToMenu);
}

watchForFatalErrors(backToMenu);
boot().catch(fail);
