// Builds the game (the project's own vite.config.ts) and the bare Phaser reference app through
// Vite's JS API, so both come from the same Vite and Phaser in the same bench run.
import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';

export const BARE_ROOT = 'tests/perf/bare';

/**
 * Vite derives `import.meta.env.PROD` and libraries' `process.env.NODE_ENV` from NODE_ENV, which
 * Vitest sets to "test": pin it so a build made inside a test is the build users get.
 */
async function productionBuild(config: InlineConfig): Promise<void> {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', ...config });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

/** `vite build` of the game into `outDir` (relative to `root` or absolute). */
export async function buildGame(root: string, outDir = 'dist'): Promise<string> {
  const out = resolve(root, outDir);
  await productionBuild({ root, build: { outDir: out, emptyOutDir: true } });
  return out;
}

/** The bare one-scene Phaser app, with the same target and no plugins. */
export async function buildBare(root: string, outDir = 'dist-bare'): Promise<string> {
  const out = resolve(root, outDir);
  await productionBuild({
    root: resolve(root, BARE_ROOT),
    configFile: false,
    base: './',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600 },
  });
  return out;
}
