// Plays the atlas: for each language, the menu, each scenario's briefing, every node reached by a
// real path (a save the game restores by replaying it), each document dialog and each debrief;
// one capture per screen, JPEGs stored once per distinct picture, one index per language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CompiledScenario, LogEntry } from '../../engine';
import { pathsToFeedback, pathsToNodes, saveAt } from '../../translate/paths';
import { type Capture, capture, type KeyBox } from './capture';

export interface AtlasShot {
  file: string;
  lng: string;
  scenario?: string;
  node?: string;
  /** menu, settings, briefing, node, document, debrief, feedback */
  screen: string;
  /** Which part of a screen taller than TILE_HEIGHT, from the top (absent when in one piece). */
  part?: number;
  width: number;
  height: number;
  keys: KeyBox[];
}

export interface AtlasOptions {
  baseUrl: string;
  browser: Browser;
  scenarios: CompiledScenario[];
  lngs: string[];
  outDir: string;
  /** At most this many nodes per scenario (CI plays a small subset); all when absent. */
  maxNodes?: number;
  viewport?: { width: number; height: number };
  log?: (line: string) => void;
}

export interface AtlasResult {
  shots: AtlasShot[];
  /** Distinct pictures written, and their bytes. */
  files: number;
  bytes: number;
}

export const ATLAS_VIEWPORT = { width: 1024, height: 720 };

/** Languages played at once, each in its own browser context (the machine has few cores). */
const PARALLEL = 2;

export async function runAtlas(o: AtlasOptions): Promise<AtlasResult> {
  mkdirSync(o.outDir, { recursive: true });
  const written = new Map<string, number>();
  const byLng = new Map<string, AtlasShot[]>();
  const paths = new Map(o.scenarios.map((c) => [c.scenario.id, pathsToNodes(c)]));
  const feedback = new Map(o.scenarios.map((c) => [c.scenario.id, pathsToFeedback(c)]));
  const queue = [...o.lngs];
  const worker = async () => {
    for (let lng = queue.shift(); lng !== undefined; lng = queue.shift()) {
      byLng.set(lng, await playLanguage(o, lng, paths, feedback, written));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, o.lngs.length) }, worker));
  const shots = o.lngs.flatMap((lng) => byLng.get(lng) ?? []);
  for (const lng of o.lngs) {
    const mine = byLng.get(lng) ?? [];
    writeFileSync(join(o.outDir, `index.${lng}.json`), JSON.stringify({ version: 1, lng, shots: mine }));
  }
  const bytes = [...written.values()].reduce((a, b) => a + b, 0);
  return { shots, files: written.size, bytes };
}

type Paths = Map<string, Map<string, LogEntry[]>>;
type FeedbackPaths = Map<string, Map<string, { log: LogEntry[]; node: string }>>;

async function playLanguage(
  o: AtlasOptions,
  lng: string,
  paths: Paths,
  feedback: FeedbackPaths,
  written: Map<string, number>,
): Promise<AtlasShot[]> {
  const shots: AtlasShot[] = [];
  // Keys already on a picture of this language: a picture (or part of a tall screen) that shows
  // none new is not stored, which keeps the atlas within its budget (see coverage.ts).
  const seen = new Set<string>();
  const save = (parts: Capture[], shot: Omit<AtlasShot, 'file' | 'width' | 'height' | 'keys' | 'lng'>) => {
    for (const [part, c] of parts.entries()) {
      if (!c.keys.some(([k]) => !seen.has(k))) continue;
      for (const [k] of c.keys) seen.add(k);
      const file = `${c.hash}.jpg`;
      if (!written.has(file)) {
        writeFileSync(join(o.outDir, file), c.jpeg);
        written.set(file, c.jpeg.length);
      }
      const { width, height, keys } = c;
      shots.push({ lng, ...shot, ...(parts.length > 1 ? { part } : {}), file, width, height, keys });
    }
  };
  const context = await o.browser.newContext({
    viewport: o.viewport ?? ATLAS_VIEWPORT,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const url = `${o.baseUrl}?lng=${encodeURIComponent(lng)}&keys=1`;
  await openMenu(page, url);
  save(await capture(page), { screen: 'menu' });
  await page.locator('[data-action="settings"]').first().click();
  await page.locator('dialog[open]').waitFor();
  save(await capture(page), { screen: 'settings' });
  for (const c of o.scenarios) {
    const id = c.scenario.id;
    await openMenu(page, url);
    await page.locator(`[data-open="${id}"]`).click();
    await page.locator('[data-action="start"]').waitFor();
    save(await capture(page), { scenario: id, screen: 'briefing' });
    const nodes = [...(paths.get(id) ?? new Map<string, LogEntry[]>()).entries()].slice(0, o.maxNodes);
    for (const [node, log] of nodes) {
      await openNode(page, url, c, log, node);
      save(await capture(page), { scenario: id, node, screen: 'node' });
      // Dialogs and the debrief are drawn afresh when opened, with their keys: no reload needed.
      const docs = page.locator('.panel-inner button.doc');
      for (let i = 0, n = await docs.count(); i < n; i++) {
        await docs.nth(i).click();
        await page.locator('dialog[open]').waitFor();
        await openDetails(page, 'dialog[open] details');
        save(await capture(page), { scenario: id, node, screen: 'document' });
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
      }
      if (await page.locator('.panel-inner [data-action="debrief"]').count()) {
        await page.locator('.panel-inner [data-action="debrief"]').click();
        await page.locator('.screen.debrief').waitFor();
        await openDetails(page);
        save(await capture(page), { scenario: id, node, screen: 'debrief' });
      }
    }
    // A game in progress: the menu says so and the briefing offers to resume or restart.
    const [, some] = nodes.find(([, log]) => log.length > 0) ?? [];
    if (some) {
      await openMenu(page, url, { [`precedent.save.${id}`]: JSON.stringify(saveAt(c, some)) });
      save(await capture(page), { scenario: id, screen: 'menu' });
      await page.locator(`[data-open="${id}"]`).click();
      await page.locator('[data-action="resume"]').waitFor();
      save(await capture(page), { scenario: id, screen: 'briefing' });
    }
    // Feedback and answer explanations show only right after their step: those not yet seen.
    let after = 0;
    for (const [key, to] of feedback.get(id) ?? []) {
      if (seen.has(key) || (o.maxNodes !== undefined && !nodes.some(([n]) => n === to.node))) continue;
      await openNode(page, url, c, to.log, to.node);
      save(await capture(page), { scenario: id, node: to.node, screen: 'feedback' });
      after++;
    }
    o.log?.(`atlas: ${lng} ${id}: ${nodes.length} node(s), ${after} feedback screen(s)`);
  }
  await context.close();
  return shots;
}

async function openMenu(page: Page, url: string, storage: Record<string, string> = {}): Promise<void> {
  await page
    .evaluate((items) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    }, storage)
    .catch(() => undefined);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('menu-ready').length > 0);
}

/** The game resumes the last scenario's save on start: a save with this log lands on the node. */
async function openNode(page: Page, url: string, c: CompiledScenario, log: unknown[], node: string) {
  const save = JSON.stringify(saveAt(c, log as never));
  await page.evaluate(
    ([id, s]) => {
      localStorage.clear();
      localStorage.setItem(`precedent.save.${id}`, s as string);
      localStorage.setItem('precedent.last', id as string);
    },
    [c.scenario.id, save],
  );
  await page.goto(url);
  await page.locator(`.panel-inner[data-node="${node}"]`).waitFor();
  await openDetails(page);
}

/** Source lists and other folded parts open, so their texts are on the picture. */
async function openDetails(page: Page, selector = 'main details'): Promise<void> {
  await page.evaluate((sel) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>(sel)) d.open = true;
  }, selector);
}
