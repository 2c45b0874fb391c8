// Builds the game once (real scenarios; the browser fixture when there are none) and serves `dist/` from a small static
// server on 127.0.0.1; tests get its address and the Chromium path through `inject()`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDir } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
    /** Ids of the scenarios the build contains, in menu order. */
    scenarioIds: string[];
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const how = `Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;
    if (process.env.CI === 'true') throw new Error(how);
    console.warn(`\n*** BROWSER TESTS SKIPPED ***\n${how}\n`);
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
  execFileSync(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: root,
    // Vitest sets NODE_ENV=test, which would make this a development build (no service worker).
    env: { ...process.env, NODE_ENV: 'production', PRECEDENT_FIXTURES: fixtures },
    stdio: 'inherit',
  });
  const server = await serveDir(`${root}/dist`);
  project.provide('chromium', CHROMIUM);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
