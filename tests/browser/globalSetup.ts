// Builds the game once (with the browser fixture scenario) and serves `dist/` from a small static
// server on 127.0.0.1; tests get its address and the Chromium path through `inject()`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDir } from './server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    const how = `Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`;
    if (process.env.CI === 'true') throw new Error(how);
    console.warn(`\n*** BROWSER TESTS SKIPPED ***\n${how}\n`);
    project.provide('chromium', null);
    project.provide('baseUrl', '');
    return;
  }
  const root = project.config.root;
  execFileSync(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, PRECEDENT_FIXTURES: '1' },
    stdio: 'inherit',
  });
  const server = await serveDir(`${root}/dist`);
  project.provide('chromium', CHROMIUM);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
