// Builds the game (the project's own vite.config.ts) and the bare Phaser reference app through
// Vite's JS API, so both come from the same Vite and Phaser in the same bench run.
import { resolve } from 'node:path';
import { build } from 'vite';

export const BARE_ROOT = 'tests/perf/bare';

/** `vite build` of the game into `outDir`, quietly. */
export async function buildGame(root: string, outDir = 'dist'): Promise<string> {
  const out = resolve(root, outDir);
  await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
  return out;
}

/** The bare one-scene Phaser app, with the same target and no plugins. */
export async function buildBare(root: string, outDir = 'dist-bare'): Promise<string> {
  const out = resolve(root, outDir);
  await build({
    root: resolve(root, BARE_ROOT),
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600 },
  });
  return out;
}
