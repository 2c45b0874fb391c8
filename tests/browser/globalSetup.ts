// Builds the game once (real scenarios; the browser fixture when there are none) and serves `dist/` from the
// project's static server on 127.0.0.1; tests get its address and the Chromium path through `inject()`.
import { existsSync, readdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildGame } from '../../src/dev/browser/build';
import { type ChromiumBuild, findChromium } from '../../src/dev/browser/chromium';
import { serveStatic } from '../../src/dev/browser/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
    /** Ids of the scenarios the build contains, in menu order. */
    scenarioIds: string[];
  }
}

export default async function setup(project: TestProject) {
  let chromium: ChromiumBuild;
  try {
    chromium = await findChromium();
  } catch (e) {
    // Only a broken install gets here (npm ci brings a Chromium); CI must never pass without one.
    if (process.env.CI === 'true') throw e;
    console.warn(`\n*** BROWSER TESTS SKIPPED ***\n${e instanceof Error ? e.message : String(e)}\n`);
    project.provide('chromium', null);
    project.provide('baseUrl', '');
    project.provide('scenarioIds', []);
    return;
  }
  const root = project.config.root;
  // The real scenarios are what students play; the small fixture stands in only when there are none.
  const real =
    existsSync(`${root}/scenarios`) && readdirSync(`${root}/scenarios`).some((f) => f.endsWith('.yaml'));
  const fixtures = process.env.PRECEDENT_FIXTURES ?? (real ? '0' : '1');
  const dirs = ['scenarios', ...(fixtures === '1' ? ['tests/browser/fixtures/scenarios'] : [])];
  const ids = dirs.flatMap((d) =>
    existsSync(`${root}/${d}`)
      ? readdirSync(`${root}/${d}`)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => f.slice(0, -'.yaml'.length))
      : [],
  );
  project.provide('scenarioIds', ids);
  console.log(`browser tests: Chromium from ${chromium.source}`);
  await buildGame(root, 'dist', fixtures === '1');
  const server = await serveStatic(`${root}/dist`);
  project.provide('chromium', chromium.executablePath);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
