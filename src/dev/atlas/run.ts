// Plays the atlas: for each language, the menu, each scenario's briefing, every node reached by a
// real path (a save the game restores by replaying it), each document and stage card, each check
// answered wrong, each locked choice, each debrief; a screen is shot only when it shows a key no
// earlier picture of that language showed. Pictures stored once each, one index per language.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type CompiledScenario, isCorrect, type LogEntry, wrongAnswer } from '../../engine';
import { landsOn, pathsToFeedback, pathsToLocked, pathsToNodes, saveAt } from '../../translate/paths';
import { type KeyBox, measure, shoot } from './capture';
import { answerCheck, idsOf, openAssignment, openDetails, openMenu, openNode, withDialog } from './screens';

export interface AtlasShot {
  file: string;
  lng: string;
  scenario?: string;
  node?: string;
  /** menu, settings, briefing, node, document, card, answer, locked, debrief, feedback */
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
  /** Each distinct picture written (file name → bytes), and their total. */
  sizes: Map<string, number>;
  bytes: number;
}

export const ATLAS_VIEWPORT = { width: 1024, height: 720 };

/** Languages played at once, each in its own browser context (the machine has few cores). */
const PARALLEL = 2;

export async function runAtlas(o: AtlasOptions): Promise<AtlasResult> {
  mkdirSync(o.outDir, { recursive: true });
  const written = new Map<string, number>();
  const byLng = new Map<string, AtlasShot[]>();
  const plans = new Map(o.scenarios.map((c) => [c.scenario.id, planOf(c)]));
  const queue = [...o.lngs];
  const worker = async () => {
    for (let lng = queue.shift(); lng !== undefined; lng = queue.shift()) {
      byLng.set(lng, await playLanguage(o, lng, plans, written));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, o.lngs.length) }, worker));
  const shots = o.lngs.flatMap((lng) => byLng.get(lng) ?? []);
  for (const lng of o.lngs) {
    const mine = byLng.get(lng) ?? [];
    writeFileSync(join(o.outDir, `index.${lng}.json`), JSON.stringify({ version: 1, lng, shots: mine }));
  }
  const bytes = [...written.values()].reduce((a, b) => a + b, 0);
  return { shots, sizes: written, bytes };
}

type Target = { log: LogEntry[]; node: string };

/** What the atlas opens in a scenario, computed once from the engine for every language. */
interface Plan {
  nodes: [string, LogEntry[]][];
  /** Feedback and answer texts that show only right after their step. */
  feedback: [string, Target][];
  /** Reasons a choice is locked, each shown only in a state where its condition fails. */
  locked: [string, Target][];
}

function planOf(c: CompiledScenario): Plan {
  return {
    nodes: [...pathsToNodes(c).entries()],
    feedback: [...pathsToFeedback(c).entries()],
    locked: [...pathsToLocked(c).entries()],
  };
}

async function playLanguage(
  o: AtlasOptions,
  lng: string,
  plans: Map<string, Plan>,
  written: Map<string, number>,
): Promise<AtlasShot[]> {
  const shots: AtlasShot[] = [];
  // Keys already on a picture of this language: a screen (or part of a tall one) that shows
  // none new is not shot, which keeps the atlas fast and within its budget (see coverage.ts).
  const seen = new Set<string>();
  const take = async (page: Page, shot: Omit<AtlasShot, 'file' | 'width' | 'height' | 'keys' | 'lng'>) => {
    const m = await measure(page);
    for (const [part, p] of m.parts.entries()) {
      if (!p.keys.some(([k]) => !seen.has(k))) continue;
      for (const [k] of p.keys) seen.add(k);
      const c = await shoot(page, m, p);
      const file = `${c.hash}.webp`;
      if (!written.has(file)) {
        writeFileSync(join(o.outDir, file), c.image);
        written.set(file, c.image.length);
      }
      const { width, height, keys } = c;
      shots.push({ lng, ...shot, ...(m.parts.length > 1 ? { part } : {}), file, width, height, keys });
    }
  };
  const context = await o.browser.newContext({
    viewport: o.viewport ?? ATLAS_VIEWPORT,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const url = `${o.baseUrl}?lng=${encodeURIComponent(lng)}&keys=1`;
  await openMenu(page, url);
  await take(page, { screen: 'menu' });
  await withDialog(page, '[data-action="settings"]', () => take(page, { screen: 'settings' }));
  for (const c of o.scenarios) {
    const id = c.scenario.id;
    const plan = plans.get(id) ?? { nodes: [], feedback: [], locked: [] };
    await openMenu(page, url);
    await page.locator(`[data-open="${id}"]`).click();
    await page.locator('[data-action="start"]').waitFor();
    await take(page, { scenario: id, screen: 'briefing' });
    if (c === o.scenarios[0]) {
      // A teacher's link: the briefing names the mode, practice or assessment.
      for (const mode of ['practice', 'assessment']) {
        await openAssignment(
          page,
          `${o.baseUrl}?scenario=${id}&lng=${encodeURIComponent(lng)}&mode=${mode}&class=Atlas&keys=1`,
        );
        await take(page, { scenario: id, screen: 'briefing' });
      }
    }
    const nodes = plan.nodes.slice(0, o.maxNodes);
    const opened = new Set<string>(); // documents and stage cards, each opened once
    let endings = 0;
    for (const [node, path] of nodes) {
      const at = c.nodes.get(node)?.node;
      // Debriefs alternate how sure the student said they were, so both confidence notes show.
      const log = at?.kind === 'ending' ? sureOf(c, path, node, endings++ % 2 === 0) : path;
      await openNode(page, url, c, log, node);
      await take(page, { scenario: id, node, screen: 'node' });
      for (const [what, button, attr] of [
        ['document', '.panel-inner button.doc', 'data-document'],
        ['card', '.stage-aside button.stage-open', 'data-card'],
      ] as const) {
        for (const key of await idsOf(page, button, attr)) {
          if (opened.has(`${what}:${key}`)) continue;
          opened.add(`${what}:${key}`);
          await withDialog(page, `${button}[${attr}="${key}"]`, () =>
            take(page, { scenario: id, node, screen: what }),
          );
        }
      }
      if (at?.kind === 'check' && (await answerCheck(page, c, at.item)))
        await take(page, { scenario: id, node, screen: 'answer' });
      if (await page.locator('.panel-inner [data-action="debrief"]').count()) {
        await page.locator('.panel-inner [data-action="debrief"]').click();
        await page.locator('.screen.debrief').waitFor();
        await openDetails(page);
        // The first debrief's practice bank is answered, all wrong but one, for the explanations.
        if (endings === 1) {
          const right = c.scenario.quiz.find((q) => q.type !== 'order')?.id;
          for (const q of c.scenario.quiz)
            await answerCheck(page, c, q.id, { scope: '.quiz-bank', right: q.id === right });
        }
        await take(page, { scenario: id, node, screen: 'debrief' });
      }
    }
    // A game in progress: the menu says so and the briefing offers to resume or restart.
    const [, some] = nodes.find(([, log]) => log.length > 0) ?? [];
    if (some) {
      await openMenu(page, url, { [`precedent.save.${id}`]: JSON.stringify(saveAt(c, some)) });
      await take(page, { scenario: id, screen: 'menu' });
      await page.locator(`[data-open="${id}"]`).click();
      await page.locator('[data-action="resume"]').waitFor();
      await take(page, { scenario: id, screen: 'briefing' });
    }
    // Texts that show only right after a step, or only in some states: those not yet seen.
    let extra = 0;
    for (const [screen, list] of [
      ['feedback', plan.feedback],
      ['locked', plan.locked],
    ] as const) {
      for (const [key, to] of list) {
        if (seen.has(key) || (o.maxNodes !== undefined && !nodes.some(([n]) => n === to.node))) continue;
        await openNode(page, url, c, to.log, to.node);
        await take(page, { scenario: id, node: to.node, screen });
        extra++;
      }
    }
    o.log?.(`atlas: ${lng} ${id}: ${nodes.length} node(s), ${extra} screen(s) after a step or when locked`);
  }
  await context.close();
  return shots;
}

/**
 * The log to ending `node`, with the student sure of every answer and, where the path stays the
 * same, every answer wrong (`all`): the debrief then lists the checks they were sure of and got
 * wrong. Otherwise sure only of the answers that were right: the debrief says there are none.
 */
function sureOf(c: CompiledScenario, log: LogEntry[], node: string, all: boolean): LogEntry[] {
  const mark = (wrong: boolean) =>
    log.map((e) => {
      const item = e.type === 'quiz.answer' ? c.items.get(e.item) : undefined;
      if (e.type !== 'quiz.answer' || !item) return e;
      if (wrong) return { ...e, sure: true, answer: wrongAnswer(item) };
      return all || isCorrect(item, e.answer) ? { ...e, sure: true } : e;
    });
  const wrong = all ? mark(true) : undefined;
  return wrong && landsOn(c, wrong, node) ? wrong : mark(false);
}
