// Reading the Phaser stage from outside for the browser tests: what the scene says it drew (the
// canvas element's data-lines and data-marks), label rectangles, and contrast sampled from the
// pixels of a screenshot (decoded in a blank page, where the game's CSP does not apply).
import type { Page } from 'playwright-core';
import { clickStep, panelState } from './helpers';

export interface Mark {
  key: string;
  x: number;
  y: number;
  r: number;
  rect?: { x: number; y: number; w: number; h: number };
}

export const CANVAS = '[data-stage] .stage-canvas';

/** The marks and labels of the last drawing, in CSS px of the canvas. */
export const marks = async (page: Page): Promise<Mark[]> =>
  JSON.parse((await page.locator(CANVAS).getAttribute('data-marks')) ?? '[]');

/** Each drawn relation line's state, by `a|b`. */
export async function lines(page: Page): Promise<Record<string, string>> {
  const raw = (await page.locator(CANVAS).getAttribute('data-lines')) ?? '';
  return Object.fromEntries(
    raw
      .split(' ')
      .filter(Boolean)
      .map((x) => x.split(':') as [string, string]),
  );
}

/** Plays first choices until the panel shows `node` (fails if the play ends first). */
export async function playTo(page: Page, node: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    const st = await panelState(page);
    if (st.node === node) return;
    if (st.end) throw new Error(`the play ended at ${st.node} before reaching ${node}`);
    await clickStep(page, 'first');
  }
  throw new Error(`${node} not reached in ${max} steps`);
}

/** Waits until the scene's drawing shows relation `id` in `state` (what data-lines says). */
export const lineBecomes = (page: Page, id: string, state: string) =>
  page.waitForFunction(
    ({ sel, want }) =>
      (document.querySelector<HTMLElement>(sel)?.dataset.lines ?? '').split(' ').includes(want),
    { sel: CANVAS, want: `${id}:${state}` },
    { polling: 100, timeout: 15_000 },
  );

const lum = (r: number, g: number, b: number) => {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
};

/**
 * The contrast of a label as the pixels show it: the darkest pixel (the text's core) against the
 * lightest (its plate), in a screenshot of its rectangle. `blank` is a page at about:blank.
 */
export async function pixelContrast(page: Page, blank: Page, box: Mark['rect'] & {}): Promise<number> {
  const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.w, height: box.h } });
  const px: number[] = await blank.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const img = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(img.width, img.height);
    const g = c.getContext('2d') as OffscreenCanvasRenderingContext2D;
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, img.width, img.height).data];
  }, png.toString('base64'));
  let lo = 1;
  let hi = 0;
  for (let i = 0; i < px.length; i += 4) {
    const l = lum(px[i] ?? 0, px[i + 1] ?? 0, px[i + 2] ?? 0);
    lo = Math.min(lo, l);
    hi = Math.max(hi, l);
  }
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG contrast of two CSS colours `rgb(r, g, b)`. */
export function cssContrast(fg: string, bg: string): number {
  const parse = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
  const a = lum(...parse(fg));
  const b = lum(...parse(bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Pairs of shown labels whose rectangles overlap (more than half a pixel), as readable lines. */
export function overlapping(ms: Mark[]): string[] {
  const shown = ms.filter((m) => m.rect);
  const out: string[] = [];
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) {
      const a = shown[i]?.rect;
      const b = shown[j]?.rect;
      if (!a || !b) continue;
      const ox = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const oy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (ox > 0.5 && oy > 0.5) out.push(`${shown[i]?.key} × ${shown[j]?.key}`);
    }
  return out;
}
