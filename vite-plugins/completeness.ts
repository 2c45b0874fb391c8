// Build-time language completeness for the teacher catalog: the translator tools'
// `localeCompleteness()` over locales/, reduced to "which languages is each namespace complete
// in" (English, the source, always; others when nothing is missing or waiting for review).

import type { Plugin } from 'vite';
import { loadLocaleSet } from '../src/cli/i18n/load.ts';
import { SOURCE_LNG } from '../src/cli/i18n/model.ts';
import { localeCompleteness } from '../src/cli/i18n/status.ts';

export const COMPLETENESS_MODULE = 'virtual:precedent-completeness';
const RESOLVED = `\0${COMPLETENESS_MODULE}`;

export function completeLanguages(root: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const row of localeCompleteness(loadLocaleSet(root))) {
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
