// The screenshot atlas as `npm run i18n:atlas` builds it, in every language and the pseudo-locale:
// every text of every scenario and of the game's interface on a picture (bar those only an
// error shows, named in coverage.ts), each box inside its picture, and the whole within its size
// budget in bytes. Slow by nature (every step of every scenario, per language), so CI covers it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadScenarioFile } from '../../src/content/load';
import { ATLAS_BUDGET, atlasCoverage, coverageLine, offAtlas } from '../../src/dev/atlas/coverage';
import { type AtlasShot, runAtlas } from '../../src/dev/atlas/run';
import { compile } from '../../src/engine';
import { buildLocale } from '../../src/i18n/model/locale';
import { launch } from './helpers';

const chromium = inject('chromium');
const base = inject('baseUrl');
const ROOT = join(import.meta.dirname, '..', '..');
const dir = (...p: string[]) => join(ROOT, ...p);

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

  it('every language: every game text on a picture, boxes inside it, under budget', {
    timeout: 3_600_000,
  }, async () => {
    const lngs = [
      ...readdirSync(dir('locales')).filter((d) => statSync(dir('locales', d)).isDirectory()),
      'pseudo',
    ];
    const scenarios = [];
    for (const f of readdirSync(dir('scenarios')).filter((n) => n.endsWith('.yaml'))) {
      const r = await loadScenarioFile(dir('scenarios', f));
      scenarios.push(compile(r.scenario as NonNullable<typeof r.scenario>));
    }
    const r = await runAtlas({ baseUrl: base, browser, scenarios, lngs, outDir: out });
    const enFiles = Object.fromEntries(
      readdirSync(dir('locales/en')).map((n) => [n, readFileSync(dir('locales/en', n), 'utf8')]),
    );
    const en = buildLocale('en', enFiles);
    // The game's namespaces: the interface and each scenario (the teacher's and translator's pages are other pages).
    const game = new Set(['common', ...scenarios.map((c) => c.scenario.id)]);
    for (const lng of lngs) {
      const index = JSON.parse(readFileSync(join(out, `index.${lng}.json`), 'utf8')) as {
        shots: AtlasShot[];
      };
      const cov = atlasCoverage(en, index.shots, game);
      console.log(`${lng}: ${coverageLine(cov)}`);
      expect({ lng, uncovered: cov.uncovered.filter((k) => !offAtlas(k)) }).toEqual({ lng, uncovered: [] });
      for (const s of index.shots) {
        expect(existsSync(join(out, s.file)), s.file).toBe(true);
        for (const [key, x, y, w, h] of s.keys) {
          const inside = x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= s.width + 1 && y + h <= s.height + 1;
          expect(inside, `${lng} ${s.file} ${key} [${x}, ${y}, ${w}, ${h}] in ${s.width}×${s.height}`).toBe(
            true,
          );
        }
      }
    }
    const sizes = readdirSync(out)
      .filter((f) => f.endsWith('.jpg'))
      .map((f) => statSync(join(out, f)).size);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(
      `atlas: ${r.shots.length} pictures, ${(total / 1e6).toFixed(1)} MB, largest ${Math.max(...sizes)} bytes, mean ${Math.round(total / sizes.length)}`,
    );
    expect(total).toBe(r.bytes);
    expect(total).toBeLessThanOrEqual(ATLAS_BUDGET.totalBytes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ATLAS_BUDGET.maxFileBytes);
    expect(total / sizes.length).toBeLessThanOrEqual(ATLAS_BUDGET.meanFileBytes);
  });
});
