// One atlas step: with the game opened under `?keys=1`, every text carries its key as a
// `⟨ns:key⟩` suffix. The page strips the suffixes (so the picture shows plain text), measures each
// text's box after stripping, and only then, when a part of the screen shows a key no earlier
// picture of the language showed, that part is shot as a WebP with its keys and boxes.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';

/** `[key, x, y, w, h]` in CSS pixels of the picture (a page, a part of one, or a dialog). */
export type KeyBox = [string, number, number, number, number];

export interface Capture {
  /** WebP bytes and their hash (identical screens are stored once). */
  image: Buffer;
  hash: string;
  width: number;
  height: number;
  keys: KeyBox[];
}

/**
 * WebP quality: at 45, 1024 px wide, body text stays legible at 1:1 and a play screen is about
 * 40 kB, against 76 kB for the JPEG q55 the atlas first used (measured on 10 steps of appeal).
 */
export const WEBP_QUALITY = 45;

/**
 * The play screen at desktop width scrolls inside its panel and its stage aside, and a long
 * dialog inside itself: a full-page picture would show only the first screenful. The atlas
 * unrolls them, so every text of the screen is on the picture where it stands in the page's flow.
 * The canvas is hidden: its labels are drawn, not text with keys (the same names are in the
 * DOM list beside it), and the map was a third of every picture's bytes.
 */
export const UNROLL_CSS = `
@media screen and (min-width: 900px) { .screen.play { height: auto !important; } }
.panel, .stage-aside { overflow: visible !important; max-height: none !important; }
.stage { height: auto !important; }
.stage-canvas { flex: none !important; height: 300px !important; min-height: 0 !important; }
.stage-canvas canvas { visibility: hidden !important; }
dialog[open] { max-height: none !important; position: absolute !important; top: 24px !important; margin-top: 0 !important; }
`;

/** Runs in the page: no closures over module values, no helper functions (bundler names are absent). */
function stripAndMeasure(): {
  keys: [string, number, number, number, number][];
  region: { x: number; y: number; width: number; height: number };
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
    // Text for screen readers only (.sr-only, clipped to a pixel) is heard where its visible
    // ancestor is: it gets that element's box, like a label.
    const hidden = host.closest('.sr-only');
    let r: DOMRect;
    if (hidden?.parentElement) r = hidden.parentElement.getBoundingClientRect();
    else {
      range.selectNodeContents(node);
      r = range.getBoundingClientRect();
    }
    // Off-screen texts (a skip link parked above the page) are on no picture.
    if (r.width < 1 || r.height < 1 || r.right + scrollX <= 0 || r.bottom + scrollY <= 0) continue;
    for (const k of keys)
      out.push([
        k,
        Math.round(r.x + scrollX),
        Math.round(r.y + scrollY),
        Math.round(r.width),
        Math.round(r.height),
      ]);
  }
  // An open dialog is the screen: its picture is the dialog (with a margin), the page behind it
  // dimmed and already on an earlier picture. The page is made as tall as the dialog reaches.
  const d = document.documentElement;
  const dialog = document.querySelector('dialog[open]')?.getBoundingClientRect();
  if (dialog) {
    const x = Math.max(0, Math.floor(dialog.x + scrollX - 12));
    const y = Math.max(0, Math.floor(dialog.y + scrollY - 12));
    const right = Math.min(d.scrollWidth, Math.ceil(dialog.right + scrollX + 12));
    return { keys: out, region: { x, y, width: right - x, height: Math.ceil(dialog.height + 24) } };
  }
  return { keys: out, region: { x: 0, y: 0, width: d.scrollWidth, height: d.scrollHeight } };
}

/**
 * Tallest picture: a debrief with its sections open is ~20,000 px tall, more than a translator's
 * page should fetch to show one line. Taller screens are cut into parts of this height.
 */
export const TILE_HEIGHT = 2400;

/** A measured screen: its parts, each with the keys whose top lies on it (boxes cut at its bottom). */
export interface Measured {
  x: number;
  width: number;
  parts: { y: number; height: number; keys: KeyBox[] }[];
}

/** Strips the key marks and measures every text's box; the page is not shot yet. */
export async function measure(page: Page): Promise<Measured> {
  const { keys, region: r } = await page.evaluate(stripAndMeasure);
  const parts: Measured['parts'] = [];
  for (let y = r.y; y < r.y + r.height; y += TILE_HEIGHT) {
    const height = Math.min(TILE_HEIGHT, r.y + r.height - y);
    // Each box is cut to its picture (a glyph's overhang, a line running past a dialog's
    // margin); a key whose box misses the picture is not on it.
    const mine = keys
      .filter(([, , top]) => top >= y && top < y + height)
      .map(([k, x, top, w, h]): KeyBox => {
        const left = Math.max(0, x - r.x);
        const right = Math.min(r.width, x - r.x + w);
        return [k, left, top - y, right - left, Math.min(h, y + height - top)];
      })
      .filter(([, , , w, h]) => w >= 1 && h >= 1);
    parts.push({ y, height, keys: mine });
  }
  return { x: r.x, width: r.width, parts };
}

/** Shoots one measured part as WebP (Chromium's own encoder, through the DevTools protocol). */
export async function shoot(page: Page, m: Measured, part: Measured['parts'][number]): Promise<Capture> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'webp',
      quality: WEBP_QUALITY,
      captureBeyondViewport: true,
      clip: { x: m.x, y: part.y, width: m.width, height: part.height, scale: 1 },
    });
    const image = Buffer.from(data, 'base64');
    const hash = createHash('sha256').update(image).digest('hex').slice(0, 16);
    return { image, hash, width: m.width, height: part.height, keys: part.keys };
  } finally {
    await cdp.detach();
  }
}
