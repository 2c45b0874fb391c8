// `npm run i18n:atlas`: builds the game, serves it on loopback, plays the atlas (every node of
// every scenario by a real path, in each language and the pseudo-locale) and writes it to
// public/atlas/ (shipped by the next build, read only by translate.html) and to dist/atlas/.
// Options: --lng en,hy  --scenario appeal  --max-nodes 5  --no-build
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenarioFile } from '../content/load';
import { atlasCoverage, coverageLine, overBudget, unexplained } from '../dev/atlas/coverage';
import { runAtlas } from '../dev/atlas/run';
import { buildGame } from '../dev/browser/build';
import { launchChromium } from '../dev/browser/chromium';
import { serveStatic } from '../dev/browser/server';
import { compile } from '../engine';
import { buildLocale } from '../i18n/model/locale';

const ROOT = join(import.meta.dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

async function main(): Promise<number> {
  const lngs = arg('--lng')?.split(',') ?? [
    ...readdirSync(join(ROOT, 'locales')).filter((d) => statSync(join(ROOT, 'locales', d)).isDirectory()),
    'pseudo',
  ];
  const only = arg('--scenario');
  const files = readdirSync(join(ROOT, 'scenarios')).filter(
    (f) => f.endsWith('.yaml') && (!only || f === `${only}.yaml`),
  );
  const scenarios = [];
  for (const f of files) {
    const r = await loadScenarioFile(join(ROOT, 'scenarios', f));
    if (!r.scenario) throw new Error(`scenarios/${f} does not load: run npm run validate`);
    scenarios.push(compile(r.scenario));
  }
  if (!process.argv.includes('--no-build')) await buildGame(ROOT, 'dist');
  const server = await serveStatic(join(ROOT, 'dist'));
  const browser = await launchChromium();
  const out = join(ROOT, 'public', 'atlas');
  rmSync(out, { recursive: true, force: true });
  try {
    const maxNodes = arg('--max-nodes');
    const r = await runAtlas({
      baseUrl: server.url,
      browser,
      scenarios,
      lngs,
      outDir: out,
      maxNodes: maxNodes ? Number(maxNodes) : undefined,
      log: console.log,
    });
    cpSync(out, join(ROOT, 'dist', 'atlas'), { recursive: true });
    const enFiles = Object.fromEntries(
      readdirSync(join(ROOT, 'locales/en'))
        .filter((n) => n.endsWith('.json'))
        .map((n) => [n, readFileSync(join(ROOT, 'locales/en', n), 'utf8')]),
    );
    const cov = atlasCoverage(buildLocale('en', enFiles), r.shots);
    console.log(
      `atlas: ${r.shots.length} screens, ${r.sizes.size} distinct pictures, ${(r.bytes / 1e6).toFixed(1)} MB in public/atlas/`,
    );
    console.log(coverageLine(cov));
    const unseen = unexplained(cov, new Set(['common', ...scenarios.map((c) => c.scenario.id)]));
    if (unseen.length) console.log(`game texts on no picture: ${unseen.join(', ')}`);
    const over = overBudget(r.shots, r.sizes);
    for (const line of over) console.error(`atlas over budget: ${line}`);
    if (over.length || unseen.length) return 1;
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`i18n:atlas failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
