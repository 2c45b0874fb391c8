// Back and Forward between the game's screens (menu, briefing, play, debrief) with the history
// API. Every screen change adds one entry; the steps of a play do not. The first entry is always
// the menu, so Back mid-play comes to the game's own screens and never leaves the game; where
// the flow refuses a screen (inside an LMS there is no menu), the entry is put back. Each screen
// sets the document title.

import type { Ui } from '../../i18n/keys';

/** The document title: the screen, then the game. A play is titled by its scenario (steps are not screens). */
export function screenTitle(ui: Ui, screen: string, h1: string, scenario: string): string {
  const page =
    screen === 'playing'
      ? scenario
      : screen === 'briefing'
        ? `${ui('briefing.heading')} · ${scenario}`
        : screen === 'debrief'
          ? `${ui('debrief.heading')} · ${scenario}`
          : h1;
  return `${page} · ${ui('app.name')}`;
}

export interface Place {
  screen: string;
  id: string | null;
}

const KEY = 'precedent';
const keyOf = (p: Place) => `${p.screen}:${p.id ?? ''}`;
const MENU: Place = { screen: 'menu', id: null };

export class ScreenHistory {
  private shown?: Place;
  private popping = false;

  /** `go` asks the flow for a screen; it draws (calling `drawn`) if the flow takes it. */
  constructor(private readonly go: (to: Place) => void) {
    addEventListener('popstate', (e) => this.pop(e.state));
  }

  private state(p: Place) {
    return { ...(history.state ?? {}), [KEY]: p };
  }

  /** After each draw: a new screen is a new entry (or, while answering Back, this entry). */
  drawn(p: Place): void {
    const url = location.href;
    if (!this.shown) {
      history.replaceState(this.state(MENU), '', url);
      if (keyOf(p) !== keyOf(MENU)) history.pushState(this.state(p), '', url);
    } else if (keyOf(p) !== keyOf(this.shown)) {
      if (this.popping) history.replaceState(this.state(p), '', url);
      else history.pushState(this.state(p), '', url);
    }
    this.shown = p;
  }

  private pop(state: unknown): void {
    const to = (state as Record<string, Place> | null)?.[KEY] ?? MENU;
    const from = this.shown;
    if (!from || keyOf(to) === keyOf(from)) return;
    this.popping = true;
    try {
      this.go(to);
    } finally {
      this.popping = false;
    }
    // Refused: the screen stays, and so does an entry for it (Back again cannot leave mid-play).
    if (this.shown && keyOf(this.shown) !== keyOf(to)) {
      history.pushState(this.state(this.shown), '', location.href);
    }
  }
}
