// Builds the game (the project's own vite.config.ts) and the bare Phaser reference app through
// Vite's JS API, so both come from the same Vite and Phaser in the same bench run.
import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';

export const BARE_ROOT = 'tests/perf/bare';

/**
 * Vite derives `import.meta.env.PROD` and libraries' `process.env.NODE_ENV` from NODE_ENV, which
 * Vitest sets to "test": pin it so a build made inside a test is the build users get.
 */
async function productionBuild(config: InlineConfig, env: Record<string, string> = {}): Promise<void> {
  const all = { NODE_ENV: 'production', ...env };
  const saved = Object.fromEntries(Object.keys(all).map((k) => [k, process.env[k]]));
  Object.assign(process.env, all);
  try {
    await build({ mode: 'production', logLevel: 'warn', ...config });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * `vite build` of the game into `outDir` (relative to `root` or absolute); `fixtures` adds the
 * browser-test scenario (PRECEDENT_FIXTURES=1, read by vite.config.ts).
 */
export async function buildGame(root: string, outDir = 'dist', fixtures = false): Promise<string> {
  const out = resolve(root, outDir);
  await productionBuild(
    { root, build: { outDir: out, emptyOutDir: true } },
    fixtures ? { PRECEDENT_FIXTURES: '1' } : {},
  );
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
