// One atlas step: with the game opened under `?keys=1`, every text carries its key as a
// `⟨ns:key⟩` suffix. The page strips the suffixes (so the picture shows plain text), measures each
// text's box after stripping, and the step is saved as a reduced JPEG with its keys and boxes.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';

/** `[key, x, y, w, h]` in CSS pixels of the full-page screenshot. */
export type KeyBox = [string, number, number, number, number];

export interface Capture {
  /** JPEG bytes and their hash (identical screens are stored once). */
  jpeg: Buffer;
  hash: string;
  width: number;
  height: number;
  keys: KeyBox[];
}

/** Quality that keeps text legible at 1:1 while a screen stays near 60 kB (measured, see docs). */
export const JPEG_QUALITY = 55;

/** Runs in the page: no closures over module values, no helper functions (bundler names are absent). */
function stripAndMeasure(): {
  keys: [string, number, number, number, number][];
  width: number;
  height: number;
} {
  // A text fading in is transparent at first and would count as unseen: end every animation.
  for (const a of document.getAnimations()) {
    try {
      a.finish();
    } catch {
      a.cancel(); // an infinite one cannot finish
    }
  }
  const marker = / ⟨([a-z0-9-]+:[^⟩]+?)(?: ⚠ en)?⟩/g;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: { node: Text; keys: string[] }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data.includes('⟨')) continue;
    const keys = [...t.data.matchAll(marker)].map((m) => m[1] ?? '');
    if (keys.length === 0) continue;
    t.data = t.data.replace(marker, '');
    found.push({ node: t, keys });
  }
  const out: [string, number, number, number, number][] = [];
  // A label or tooltip is heard or hovered, not seen: its key gets the box of its element.
  for (const el of document.querySelectorAll('[aria-label],[title]')) {
    for (const a of ['aria-label', 'title']) {
      const v = el.getAttribute(a);
      if (!v?.includes('⟨')) continue;
      const keys = [...v.matchAll(marker)].map((m) => m[1] ?? '');
      el.setAttribute(a, v.replace(marker, ''));
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || !el.checkVisibility({ visibilityProperty: true })) continue;
      for (const k of keys)
        out.push([
          k,
          Math.round(r.x + scrollX),
          Math.round(r.y + scrollY),
          Math.round(r.width),
          Math.round(r.height),
        ]);
    }
  }
  const range = document.createRange();
  for (const { node, keys } of found) {
    const host = node.parentElement;
    if (!host?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    // Off-screen texts (a skip link parked above the page) are on no picture.
    if (r.width < 1 || r.height < 1 || r.right + scrollX <= 0 || r.bottom + scrollY <= 0) continue;
    for (const k of keys) {
      out.push([
        k,
        Math.round(r.x + scrollX),
        Math.round(r.y + scrollY),
        Math.round(r.width),
        Math.round(r.height),
      ]);
    }
  }
  const d = document.documentElement;
  return { keys: out, width: d.scrollWidth, height: d.scrollHeight };
}

/**
 * Tallest picture: a debrief is ~20,000 px tall, 1.4 MB as one JPEG, more than a translator's
 * page should fetch to show one line. Taller pages are cut into parts of this height.
 */
export const TILE_HEIGHT = 2400;

/** The screen as one picture, or as parts of TILE_HEIGHT when taller; each part with its own keys. */
export async function capture(page: Page): Promise<Capture[]> {
  const m = await page.evaluate(stripAndMeasure);
  const out: Capture[] = [];
  for (let y = 0; y < m.height; y += TILE_HEIGHT) {
    const height = Math.min(TILE_HEIGHT, m.height - y);
    const jpeg = await page.screenshot({
      type: 'jpeg',
      quality: JPEG_QUALITY,
      fullPage: true,
      animations: 'disabled',
      ...(m.height > TILE_HEIGHT ? { clip: { x: 0, y, width: m.width, height } } : {}),
    });
    // A text belongs to the part its top is on (its box cut at the part's bottom).
    const keys = m.keys
      .filter(([, , top]) => top >= y && top < y + height)
      .map(([k, x, top, w, h]): KeyBox => [k, x, top - y, w, Math.min(h, y + height - top)]);
    const hash = createHash('sha256').update(jpeg).digest('hex').slice(0, 16);
    out.push({ jpeg, hash, width: m.width, height, keys });
  }
  return out;
}
