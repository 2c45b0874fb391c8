// Build-time content: parses scenario YAML and language metadata in Node and hands the browser
// one virtual module, so the game ships plain data (no YAML parser) and loads locale files lazily.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

export const CONTENT_MODULE = 'virtual:precedent-content';
const RESOLVED = `\0${CONTENT_MODULE}`;

export interface ContentDirs {
  /** Folders of `<id>.yaml` scenarios, relative to the project root. */
  scenarios: string[];
  /** Folders of `<lng>/<namespace>.json` locale files, relative to the project root. */
  locales: string[];
}

const listFiles = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];

function scenarioData(root: string, dirs: string[]): unknown[] {
  return dirs.flatMap((d) => listFiles(join(root, d), '.yaml').map((f) => parse(readFileSync(f, 'utf8'))));
}

/** `{ lng: { meta, namespaces: { ns: "/locales/lng/ns.json" } } }`; later folders add namespaces. */
function localeIndex(root: string, dirs: string[]) {
  const index: Record<string, { meta?: unknown; namespaces: Record<string, string> }> = {};
  for (const d of dirs) {
    const base = join(root, d);
    if (!existsSync(base)) continue;
    for (const lng of readdirSync(base).sort()) {
      const entry = index[lng] ?? { namespaces: {} };
      index[lng] = entry;
      for (const f of listFiles(join(base, lng), '.json')) {
        const name = f.slice(f.lastIndexOf('/') + 1, -'.json'.length);
        if (name === '_meta') entry.meta = JSON.parse(readFileSync(f, 'utf8'));
        else if (!name.startsWith('_')) entry.namespaces[name] = `/${relative(root, f)}`;
      }
    }
  }
  return index;
}

/** Emits `scenarios`, `languages` (meta by code) and `namespaceLoaders` (lazy JSON imports). */
function moduleCode(root: string, dirs: ContentDirs): string {
  const index = localeIndex(root, dirs.locales);
  const languages: Record<string, unknown> = {};
  const loaders: string[] = [];
  for (const [lng, entry] of Object.entries(index)) {
    if (!entry.meta) continue;
    languages[lng] = entry.meta;
    const fns = Object.entries(entry.namespaces).map(
      ([ns, path]) => `${JSON.stringify(ns)}: () => import(${JSON.stringify(path)})`,
    );
    loaders.push(`${JSON.stringify(lng)}: { ${fns.join(', ')} }`);
  }
  return [
    `export const scenarios = ${JSON.stringify(scenarioData(root, dirs.scenarios))};`,
    `export const languages = ${JSON.stringify(languages)};`,
    `export const namespaceLoaders = { ${loaders.join(', ')} };`,
  ].join('\n');
}

export function contentPlugin(dirs: ContentDirs): Plugin {
  let root = process.cwd();
  return {
    name: 'precedent-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CONTENT_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const d of [...dirs.scenarios, ...dirs.locales]) this.addWatchFile(join(root, d));
      return moduleCode(root, dirs);
    },
  };
}
