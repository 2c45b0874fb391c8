// Plays the atlas: for each language, the menu, each scenario's briefing, every node reached by a
// real path (a save the game restores by replaying it), each document dialog and each debrief;
// one capture per screen, JPEGs stored once per distinct picture, one index per language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CompiledScenario } from '../../engine';
import { pathsToNodes, saveAt } from '../../translate/paths';
import { type Capture, capture, type KeyBox } from './capture';

export interface AtlasShot {
  file: string;
  lng: string;
  scenario?: string;
  node?: string;
  /** menu, briefing, node, document, debrief */
  screen: string;
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

export async function runAtlas(o: AtlasOptions): Promise<AtlasResult> {
  mkdirSync(o.outDir, { recursive: true });
  const written = new Map<string, number>();
  const shots: AtlasShot[] = [];
  const save = (c: Capture, shot: Omit<AtlasShot, 'file' | 'width' | 'height' | 'keys'>) => {
    const file = `${c.hash}.jpg`;
    if (!written.has(file)) {
      writeFileSync(join(o.outDir, file), c.jpeg);
      written.set(file, c.jpeg.length);
    }
    shots.push({ ...shot, file, width: c.width, height: c.height, keys: c.keys });
  };
  const paths = new Map(o.scenarios.map((c) => [c.scenario.id, pathsToNodes(c)]));
  for (const lng of o.lngs) {
    const context = await o.browser.newContext({
      viewport: o.viewport ?? ATLAS_VIEWPORT,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const url = `${o.baseUrl}?lng=${encodeURIComponent(lng)}&keys=1`;
    await openMenu(page, url);
    save(await capture(page), { lng, screen: 'menu' });
    for (const c of o.scenarios) {
      const id = c.scenario.id;
      await openMenu(page, url);
      await page.locator(`[data-open="${id}"]`).click();
      await page.locator('[data-action="start"]').waitFor();
      save(await capture(page), { lng, scenario: id, screen: 'briefing' });
      const nodes = [...(paths.get(id) ?? new Map()).entries()].slice(0, o.maxNodes);
      for (const [node, log] of nodes) {
        await openNode(page, url, c, log, node);
        save(await capture(page), { lng, scenario: id, node, screen: 'node' });
        await documents(page, url, c, log, node, (cap) =>
          save(cap, { lng, scenario: id, node, screen: 'document' }),
        );
        if (await page.locator('.panel-inner [data-action="debrief"]').count()) {
          await openNode(page, url, c, log, node);
          await page.locator('.panel-inner [data-action="debrief"]').click();
          await page.locator('.screen.debrief').waitFor();
          await openDetails(page);
          save(await capture(page), { lng, scenario: id, node, screen: 'debrief' });
        }
      }
      o.log?.(`atlas: ${lng} ${id}: ${nodes.length} node(s)`);
    }
    await context.close();
  }
  for (const lng of o.lngs) {
    const mine = shots.filter((s) => s.lng === lng);
    writeFileSync(join(o.outDir, `index.${lng}.json`), JSON.stringify({ version: 1, lng, shots: mine }));
  }
  const bytes = [...written.values()].reduce((a, b) => a + b, 0);
  return { shots, files: written.size, bytes };
}

async function openMenu(page: Page, url: string): Promise<void> {
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
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
async function openDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('main details')) d.open = true;
  });
}

/** Each document button opens a dialog: one capture per document (a fresh page each, since capture edits text). */
async function documents(
  page: Page,
  url: string,
  c: CompiledScenario,
  log: unknown[],
  node: string,
  keep: (c: Capture) => void,
): Promise<void> {
  const count = await page.locator('.panel-inner button.doc').count();
  for (let i = 0; i < count; i++) {
    await openNode(page, url, c, log, node);
    await page.locator('.panel-inner button.doc').nth(i).click();
    await page.locator('dialog[open]').waitFor();
    keep(await capture(page));
  }
}
