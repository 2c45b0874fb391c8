// The screenshot atlas as `npm run i18n:atlas` makes it, against the built game, in every language
// and the pseudo-locale: each language's pictures show every game text (common and every
// scenario's) or the text is known to be off the atlas with a reason (a key counts only where
// its box is on the picture); the whole fits the budget. Prints the coverage line and the sizes.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import { atlasCoverage, coverageLine, overBudget, unexplained } from '../../src/dev/atlas/coverage';
import { runAtlas } from '../../src/dev/atlas/run';
import { type CompiledScenario, compile } from '../../src/engine';
import { buildLocale } from '../../src/i18n/model/locale';
import { launch } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ROOT = join(import.meta.dirname, '..', '..');

async function scenarios(): Promise<CompiledScenario[]> {
  const out: CompiledScenario[] = [];
  for (const id of inject('scenarioIds')) {
    const file = [join(ROOT, 'scenarios'), join(ROOT, 'tests/browser/fixtures/scenarios')]
      .map((d) => join(d, `${id}.yaml`))
      .find((f) => existsSync(f)) as string;
    const r = await loadScenarioFile(file);
    if (!r.scenario) throw new Error(`${file} does not load`);
    out.push(compile(r.scenario));
  }
  return out;
}

function english() {
  const dir = join(ROOT, 'locales/en');
  const files = readdirSync(dir).filter((n) => n.endsWith('.json'));
  return buildLocale('en', Object.fromEntries(files.map((n) => [n, readFileSync(join(dir, n), 'utf8')])));
}

describe.skipIf(!chromium)('screenshot atlas', () => {
  let browser: Browser;
  const out = mkdtempSync(join(tmpdir(), 'precedent-atlas-'));
  beforeAll(async () => {
    browser = await launch(chromium as string);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('shows every game text of every language on a picture, within budget', async () => {
    const lngs = [
      ...readdirSync(join(ROOT, 'locales')).filter((d) => statSync(join(ROOT, 'locales', d)).isDirectory()),
      'pseudo',
    ];
    const compiled = await scenarios();
    const started = Date.now();
    const r = await runAtlas({
      baseUrl: base,
      browser,
      scenarios: compiled,
      lngs,
      outDir: out,
      log: console.log,
    });
    const en = english();
    const game = new Set(['common', ...compiled.map((c) => c.scenario.id)]);
    for (const lng of lngs) {
      const mine = r.shots.filter((s) => s.lng === lng);
      const cov = atlasCoverage(en, mine, game);
      console.log(`${lng}: ${coverageLine(cov)}`);
      expect(unexplained(cov, game), `${lng}: game texts on no picture`).toEqual([]);
      expect(existsSync(join(out, `index.${lng}.json`))).toBe(true);
    }
    // Every picture an index names was written, and nothing else was.
    const named = new Set(r.shots.map((s) => s.file));
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.webp'))
        .sort(),
    ).toEqual([...named].sort());
    console.log(
      `atlas: ${lngs.length} languages, ${r.shots.length} screens, ${r.sizes.size} pictures, ` +
        `${(r.bytes / 1e6).toFixed(1)} MB, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(overBudget(r.shots, r.sizes)).toEqual([]);
  }, 3_000_000);
});
