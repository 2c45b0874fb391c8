// Build-time content: parses scenario YAML and language metadata in Node and hands the browser
// two virtual modules, so the game ships plain data (no YAML parser) and loads locale files lazily:
// the content module (languages, locale loaders, and what the menu draws: each scenario's meta
// and places, and its title and summary in every language) and the scenarios module (the full
// structures, which only the briefing onwards and the teacher page need, in a chunk of their own).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { endingFacts } from './endingFacts.ts';
import { MAPS_MODULE, mapFacts } from './mapFacts.ts';

export const CONTENT_MODULE = 'virtual:precedent-content';
export const SCENARIOS_MODULE = 'virtual:precedent-scenarios';
const RESOLVED = `\0${CONTENT_MODULE}`;
const RESOLVED_SCENARIOS = `\0${SCENARIOS_MODULE}`;
const RESOLVED_MAPS = `\0${MAPS_MODULE}`;

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

interface MenuScenario {
  id: string;
  meta: { title: string; summary: string; namespace?: string; places: string[] };
  places: Record<string, unknown>;
}

/** A nested key (`meta.title`) of a parsed locale file, or undefined. */
const lookup = (data: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      data,
    );

/** What the menu draws of each scenario: its meta and the places it names, nothing of the story. */
function menuData(all: unknown[]): MenuScenario[] {
  return (all as MenuScenario[]).map((s) => ({
    id: s.id,
    meta: s.meta,
    places: Object.fromEntries((s.meta?.places ?? []).map((p) => [p, s.places?.[p]])),
  }));
}

/** `{ lng: { ns: { meta: { title: '…' } } } }`: the menu's own strings, read from the locale files. */
function menuTexts(root: string, menu: MenuScenario[], index: ReturnType<typeof localeIndex>) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [lng, entry] of Object.entries(index)) {
    for (const s of menu) {
      const ns = s.meta?.namespace ?? s.id;
      const path = entry.namespaces[ns];
      if (!path) continue;
      const data = JSON.parse(readFileSync(join(root, path), 'utf8'));
      const bundle: Record<string, unknown> = {};
      for (const key of [s.meta.title, s.meta.summary]) {
        const value = lookup(data, key);
        if (typeof value !== 'string') continue;
        // Rebuild the nesting (keySeparator '.'), so i18next finds `meta.title` as it would in the file.
        const parts = key.split('.');
        let at = bundle;
        for (const p of parts.slice(0, -1)) {
          at[p] ??= {};
          at = at[p] as Record<string, unknown>;
        }
        at[parts[parts.length - 1] as string] = value;
      }
      out[lng] = { ...out[lng], [ns]: bundle };
    }
  }
  return out;
}

/** Emits `languages` (meta by code), `namespaceLoaders` (lazy JSON imports), `menu` and `menuTexts`. */
function moduleCode(root: string, dirs: ContentDirs): string {
  const index = localeIndex(root, dirs.locales);
  const menu = menuData(scenarioData(root, dirs.scenarios));
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
    `export const menu = ${JSON.stringify(menu)};`,
    `export const menuTexts = ${JSON.stringify(menuTexts(root, menu, index))};`,
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
      if (id === CONTENT_MODULE) return RESOLVED;
      if (id === MAPS_MODULE) return RESOLVED_MAPS;
      return id === SCENARIOS_MODULE ? RESOLVED_SCENARIOS : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_SCENARIOS && id !== RESOLVED_MAPS) return undefined;
      for (const d of [...dirs.scenarios, ...dirs.locales]) this.addWatchFile(join(root, d));
      if (id === RESOLVED_MAPS)
        return `export const mapLayouts = ${JSON.stringify(mapFacts(scenarioData(root, dirs.scenarios)))};`;
      if (id === RESOLVED_SCENARIOS) {
        const all = scenarioData(root, dirs.scenarios);
        return [
          `export const scenarios = ${JSON.stringify(all)};`,
          `export const endingFacts = ${JSON.stringify(endingFacts(all))};`,
        ].join('\n');
      }
      return moduleCode(root, dirs);
    },
  };
}
