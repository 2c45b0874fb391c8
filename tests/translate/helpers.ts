// Shared inputs for the translator's page tests: the clean i18n fixture's locale files as the build
// ships them (file name → text per language), a draft set over them, and a fresh draft.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../src/dev/i18n/hash';
import type { LocaleSet } from '../../src/i18n/model/locale';
import { type Draft, draftSet, emptyDraft, type LocaleFiles } from '../../src/translate/draft';
import { CLEAN } from '../i18n/helpers';

export function fixtureFiles(): LocaleFiles {
  const dir = join(CLEAN, 'locales');
  const out: LocaleFiles = {};
  for (const lng of readdirSync(dir)) {
    out[lng] = Object.fromEntries(
      readdirSync(join(dir, lng)).map((f) => [f, readFileSync(join(dir, lng, f), 'utf8')]),
    );
  }
  return out;
}

export const ESPERANTO = {
  name: 'Esperanto',
  englishName: 'Esperanto',
  script: 'Latn',
  dir: 'ltr' as const,
  fonts: ['Noto Sans'],
};

export function newDraft(code = 'eo'): Draft {
  return emptyDraft(code, ESPERANTO);
}

export function setOf(all: LocaleFiles, draft: Draft): LocaleSet {
  return draftSet(all, draft, sha256Hex);
}
