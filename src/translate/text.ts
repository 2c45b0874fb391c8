// The page's own strings, from locales/<lng>/translate.json (English, Armenian, Russian), picked
// from `?ui=`, then the browser's languages; `{{name}}` filled in as plain text.

import { pickLanguage } from '../i18n/languages';
import type { LocaleFiles } from './draft';

export type T = (key: string, params?: Record<string, string | number>) => string;

const UI_LANGUAGES = ['en', 'hy', 'ru'];

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function parse(raw: string | undefined): unknown {
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    return {};
  }
}

export function pageText(
  files: LocaleFiles,
  search: string,
  browser: readonly string[],
): { lng: string; t: T } {
  const lng = pickLanguage(UI_LANGUAGES, new URLSearchParams(search).get('ui'), browser);
  const own = parse(files[lng]?.['translate.json']);
  const en = parse(files.en?.['translate.json']);
  const t: T = (key, params = {}) => {
    const text = lookup(own, key) ?? lookup(en, key) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => String(params[name] ?? m));
  };
  return { lng, t };
}
