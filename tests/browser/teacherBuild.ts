// Builds the site once (with the browser-test fixture scenarios) into dist-teacher-test/ for the
// teacher and SCORM browser tests.
import { join } from 'node:path';
import { build } from 'vite';

export const TEST_DIST = join(process.cwd(), 'dist-teacher-test');
let built: Promise<void> | undefined;

export function buildSite(): Promise<void> {
  built ??= (async () => {
    process.env.PRECEDENT_FIXTURES = '1';
    await build({
      configFile: process.env.TEACHER_VITE_CONFIG ?? 'vite.config.ts',
      build: { outDir: TEST_DIST, emptyOutDir: true },
      logLevel: 'warn',
    });
  })();
  return built;
}
