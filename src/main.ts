// Composition root: wires content, i18n, platform and the game together, and drives the plain
// HTML loading indicator in index.html until the first screen accepts input.
import { languages, namespaceLoaders, scenarios } from 'virtual:precedent-content';
import { compile } from './engine';
import { App } from './game/app';
import { showErrorScreen, watchForFatalErrors } from './game/errorScreen';
import './game/dom/style.css';
import { createTranslator } from './i18n';
import { loadFonts } from './i18n/fonts';
import { pickLanguage } from './i18n/languages';
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

async function boot(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const store = createStore();
  const codes = Object.keys(languages);
  const lng = pickLanguage(codes, urlLanguage() ?? store.get(LNG_KEY), navigator.languages ?? []);
  const meta = languages[lng];
  const translator = await createTranslator(languages, namespaceLoaders);
  // One step per locale file plus one for the fonts: a real count of what is being fetched.
  const tick = bootProgress(translator.pending(lng) + 1);
  await Promise.all([translator.load(lng, tick), meta ? loadFonts(meta).then(tick) : Promise.resolve()]);
  await translator.setLanguage(lng);
  document.documentElement.lang = lng;
  const app = new App({
    root,
    store,
    translator,
    scenarios: scenarios.map(compile),
    lng,
    onLanguage: (next) => {
      document.documentElement.lang = next;
      store.set(LNG_KEY, next);
      setUrlLanguage(next);
    },
  });
  document.getElementById('boot')?.remove();
  root.hidden = false;
  app.start();
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
