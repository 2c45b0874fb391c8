// Flows shared by the reliability browser tests: a whole play that also opens sources, documents
// and settings, and the built locale chunks by language and namespace (to substitute them with page.route).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { clickStep, PAGE } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..');
export const ASSETS = join(ROOT, 'dist', 'assets');
export const LOCALES = join(ROOT, 'locales');

/** Opens a scenario from the menu and starts it fresh. */
export async function startScenario(page: Page, id: string): Promise<void> {
  await page.locator(`[data-open="${id}"]`).click();
  await page.locator('[data-action="start"]').click();
  await page.locator('.panel-inner').waitFor();
}

/** Opens whatever the current node offers to read: source lists and each document dialog. */
async function readEverything(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('.panel-inner details')) d.open = true;
  });
  for (const doc of await page.locator(`${PAGE} button.doc`).all()) {
    await doc.click();
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
}

/** Menu → briefing → ending → debrief → menu, first choice each time; `read` opens sources, documents, settings. */
export async function playThrough(page: Page, id: string, read = false, maxSteps = 120): Promise<number> {
  await startScenario(page, id);
  let steps = 0;
  for (; steps < maxSteps; steps++) {
    if (read) await readEverything(page);
    if ((await clickStep(page, 'first')) === 'end') break;
  }
  if (steps === maxSteps) throw new Error(`${id}: no ending after ${maxSteps} steps`);
  if (read) {
    await page.locator('[data-action="settings"]').click();
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  }
  await page.locator(`${PAGE} [data-action="debrief"]`).click();
  await page.locator('.screen.debrief').waitFor();
  if (read) await readEverything(page);
  await page.locator('[data-action="choose"]').click();
  await page.locator('[data-open]').first().waitFor();
  return steps;
}

/** `lng/ns` → the built chunk's file name, found by importing each chunk and comparing it with the locale file. */
export async function localeChunks(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const chunks = readdirSync(ASSETS).filter((f) => f.endsWith('.js'));
  for (const lng of readdirSync(LOCALES)) {
    for (const f of readdirSync(join(LOCALES, lng)).filter(
      (n) => n.endsWith('.json') && !n.startsWith('_'),
    )) {
      const ns = f.slice(0, -'.json'.length);
      const want = JSON.parse(readFileSync(join(LOCALES, lng, f), 'utf8'));
      for (const c of chunks.filter((n) => n.startsWith(`${ns}-`))) {
        // A page's own chunk can share a namespace's name (teacher-*.js is the teacher page and
        // touches the DOM): only chunks that load in Node and hold the file's data count.
        const mod = await import(/* @vite-ignore */ pathToFileURL(join(ASSETS, c)).href).catch(() => null);
        if (mod && isDeepStrictEqual(JSON.parse(JSON.stringify(mod.default ?? null)), want)) {
          out.set(`${lng}/${ns}`, c);
        }
      }
    }
  }
  return out;
}

/** The locale file's strings, each passed through `f` (nested objects kept). */
export function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}

export const readLocale = (lng: string, ns: string): unknown =>
  JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8'));

/** A chunk body that stands in for a locale chunk (the game only reads its default export). */
export const chunkBody = (data: unknown) => `export default ${JSON.stringify(data)};`;
