// The first screen, drawn before the game behind it has loaded: the shell and the menu from the
// build's menu data (each scenario's meta, title and summary), with the language switch and the
// settings working. It needs no engine, no xstate and no scenario structures; the first Play hands
// over to the full game (./boot.ts), which draws the same menu and opens the scenario picked.
import type { Scenario } from '../engine';
import type { Translator } from '../i18n';
import { loadFonts } from '../i18n/fonts';
import { MARK } from '../platform/marks';
import { type KeyValueStore, SETTINGS_KEY, saveKey } from '../platform/storage';
import type { ScreenContext } from './dom/context';
import { screenTitle } from './dom/history';
import { renderMenu } from './dom/menu';
import { applySettings, loadSettings, openSettings } from './dom/settings';
import { createShell } from './dom/shell';

export interface FirstMenuOptions {
  root: HTMLElement;
  store: KeyValueStore;
  translator: Translator;
  lng: string;
  /** The menu's scenarios: only `id`, `meta` and the places `meta` names are read. */
  menu: Pick<Scenario, 'id' | 'meta' | 'places'>[];
  onLanguage(lng: string): void;
  /** The student picked a scenario: load the game, then open it. */
  open(id: string, lng: string): void;
}

/** The namespaces the first screen reads: the menu's scenario strings are seeded (see main.ts). */
export const FIRST_SCREEN_NS = ['common'] as const;

export function showFirstMenu(o: FirstMenuOptions): void {
  const { translator: t, store } = o;
  let lng = o.lng;
  let settings = loadSettings(store);
  applySettings(settings);
  let opening = false;
  const shell = createShell(o.root, t.languages, {
    menu: () => undefined, // the menu is showing: the header offers no menu link
    language: (next) => void setLanguage(next),
    settings: () => {
      const opener = document.activeElement as HTMLElement | null;
      const dialog = openSettings(t.ui, settings, (s) => {
        settings = s;
        store.set(SETTINGS_KEY, JSON.stringify(s));
      });
      dialog.addEventListener('close', () => opener?.focus());
    },
  });
  const draw = () => {
    const ctx: ScreenContext = { lng, ui: t.ui, tx: t.tx };
    shell.header(t.ui, lng, false);
    const open = (id: string) => {
      if (opening) return;
      opening = true;
      // Said while the rest of the game arrives (at once if it was fetched in the background).
      for (const b of o.root.querySelectorAll('[data-open]')) b.setAttribute('aria-disabled', 'true');
      o.open(id, lng);
    };
    const inProgress = (id: string) => store.get(saveKey(id)) !== null;
    // The menu reads a scenario's id, meta and named places only (renderMenu, placeSketch, st).
    shell.main.replaceChildren(renderMenu(ctx, o.menu as Scenario[], inProgress, open));
    const h1 = shell.main.querySelector('h1')?.textContent ?? '';
    document.title = screenTitle(t.ui, 'menu', h1, '');
  };
  const setLanguage = async (next: string) => {
    const meta = t.languages[next];
    if (!meta || next === lng) return;
    await Promise.all([t.setLanguage(next, FIRST_SCREEN_NS), loadFonts(meta)]);
    lng = next;
    o.onLanguage(next);
    draw();
    document.querySelector<HTMLElement>(`[data-lng="${next}"]`)?.focus();
    shell.announce(meta.name);
  };
  draw();
  document.getElementById('boot')?.remove();
  o.root.hidden = false;
  performance.mark(MARK.menuReady);
}
