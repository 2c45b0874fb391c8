// The key's place in the screenshot atlas: the screens where it shows, one at a time, with the
// text outlined. Indexes and pictures are fetched from the page's own origin only when asked.

import { el } from '../teacher/dom';
import type { T } from './text';

interface Shot {
  file: string;
  screen: string;
  scenario?: string;
  node?: string;
  width: number;
  height: number;
  keys: [string, number, number, number, number][];
}

const indexes = new Map<string, Promise<Shot[]>>();

function shotsOf(lng: string): Promise<Shot[]> {
  let p = indexes.get(lng);
  if (!p) {
    p = fetch(`atlas/index.${encodeURIComponent(lng)}.json`)
      .then((r) => (r.ok ? r.json() : { shots: [] }))
      .then((d: { shots?: Shot[] }) => (Array.isArray(d.shots) ? d.shots : []))
      .catch(() => []);
    indexes.set(lng, p);
  }
  return p;
}

/** Which atlas language to show: the draft's own if the atlas has it, else English. */
export function atlasLanguage(available: readonly string[], code: string): string | undefined {
  if (available.includes(code)) return code;
  return available.includes('en') ? 'en' : available[0];
}

export function atlasPanel(t: T, available: readonly string[], code: string, id: string): HTMLElement {
  const box = el('section', { class: 'atlas', attrs: { 'aria-labelledby': 'atlas-h' } });
  box.append(el('h3', { text: t('atlas.heading'), attrs: { id: 'atlas-h' } }));
  const lng = atlasLanguage(available, code);
  if (!lng) {
    box.append(el('p', { class: 'note', text: t('atlas.noAtlas') }));
    return box;
  }
  const body = el('div', { attrs: { 'aria-live': 'polite' } });
  box.append(body);
  void shotsOf(lng).then((all) => {
    const mine = all.filter((s) => s.keys.some((k) => k[0] === id));
    if (mine.length === 0) {
      body.replaceChildren(el('p', { class: 'note', text: t('atlas.none') }));
      return;
    }
    let i = 0;
    const show = () =>
      body.replaceChildren(
        figure(t, mine, i, id, (d) => {
          i = (i + d + mine.length) % mine.length;
          show();
        }),
      );
    show();
  });
  return box;
}

function figure(t: T, shots: Shot[], i: number, id: string, step: (d: number) => void): HTMLElement {
  const s = shots[i] as Shot;
  const frame = el(
    'div',
    { class: 'shot' },
    el('img', { attrs: { src: `atlas/${s.file}`, alt: t('atlas.alt'), width: s.width, height: s.height } }),
  );
  for (const [k, x, y, w, h] of s.keys) {
    if (k !== id) continue;
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(2)}%`;
    const mark = el('div', { class: 'outline', attrs: { 'aria-hidden': 'true' } });
    Object.assign(mark.style, {
      left: pct(x, s.width),
      top: pct(y, s.height),
      width: pct(w, s.width),
      height: pct(h, s.height),
    });
    frame.append(mark);
  }
  const where = [s.scenario, s.node, s.screen].filter(Boolean).join(' · ');
  const nav =
    shots.length > 1
      ? el(
          'p',
          { class: 'atlas-nav' },
          el('button', {
            class: 'btn',
            text: t('atlas.prev'),
            attrs: { type: 'button' },
            on: { click: () => step(-1) },
          }),
          ` ${t('atlas.of', { n: i + 1, total: shots.length })} `,
          el('button', {
            class: 'btn',
            text: t('atlas.next'),
            attrs: { type: 'button' },
            on: { click: () => step(1) },
          }),
        )
      : null;
  return el('figure', {}, frame, el('figcaption', { text: where }), nav);
}
