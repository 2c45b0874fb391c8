// Build-time locale files as text for the translator's page (translate.html): every file of every
// language folder, `_meta`, `_lock` and glossaries included, so the page runs the CLI's checks and
// stale detection on the same bytes. Only the translator's page imports it; the game never does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const LOCALE_FILES_MODULE = 'virtual:precedent-locale-files';
const RESOLVED = `\0${LOCALE_FILES_MODULE}`;

/** `{ lng: { 'appeal.json': text, '_lock.json': text, … } }` from each folder, later ones adding files. */
export function readLocaleFiles(root: string, dirs: string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const d of dirs) {
    const base = join(root, d);
    if (!existsSync(base)) continue;
    for (const lng of readdirSync(base, { withFileTypes: true })) {
      if (!lng.isDirectory() || lng.name.startsWith('.')) continue;
      const files = out[lng.name] ?? {};
      out[lng.name] = files;
      for (const name of readdirSync(join(base, lng.name))
        .filter((n) => n.endsWith('.json'))
        .sort()) {
        files[name] = readFileSync(join(base, lng.name, name), 'utf8');
      }
    }
  }
  return out;
}

/** Languages the screenshot atlas in public/atlas/ has (`npm run i18n:atlas`); none when absent. */
export function atlasLanguages(root: string): string[] {
  const dir = join(root, 'public', 'atlas');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^index\.([A-Za-z0-9-]+)\.json$/.exec(f)?.[1])
    .filter((l): l is string => l !== undefined)
    .sort();
}

export function localeFilesPlugin(dirs: string[]): Plugin {
  let root = process.cwd();
  return {
    name: 'precedent-locale-files',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === LOCALE_FILES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const d of dirs) this.addWatchFile(join(root, d));
      return [
        `export const localeFiles = ${JSON.stringify(readLocaleFiles(root, dirs))};`,
        `export const atlasLanguages = ${JSON.stringify(atlasLanguages(root))};`,
      ].join('\n');
    },
  };
}
