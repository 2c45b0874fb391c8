// Build-time language completeness for the teacher catalog: the translator tools'
// `localeCompleteness()` over locales/, reduced to "which languages is each namespace complete
// in" (English, the source, always; others when nothing is missing or waiting for review).

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildLocale, type LocaleSet, SOURCE_LNG } from '../src/i18n/model/locale';
import { localeCompleteness } from '../src/i18n/model/status';

export const COMPLETENESS_MODULE = 'virtual:precedent-completeness';
const RESOLVED = `\0${COMPLETENESS_MODULE}`;

/** The locale model over `locales/<lng>/*.json`; the plugin reads the disk itself (not via src/cli). */
function readLocales(root: string): LocaleSet {
  const dir = join(root, 'locales');
  const locales = new Map();
  for (const lng of readdirSync(dir, { withFileTypes: true })) {
    if (!lng.isDirectory() || lng.name.startsWith('.')) continue;
    const names = readdirSync(join(dir, lng.name)).filter((n) => n.endsWith('.json'));
    const files = Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, lng.name, n), 'utf8')]));
    locales.set(lng.name, buildLocale(lng.name, files));
  }
  return { locales, hash: (text) => createHash('sha256').update(text, 'utf8').digest('hex') };
}

export function completeLanguages(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of localeCompleteness(readLocales(root))) {
    const langs = out[row.namespace] ?? [SOURCE_LNG];
    if (row.missing === 0 && row.stale === 0) langs.push(row.locale);
    out[row.namespace] = langs;
  }
  return out;
}

export function completenessPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'precedent-completeness',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id === COMPLETENESS_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export const completeLanguages = ${JSON.stringify(completeLanguages(root))};`;
    },
  };
}
