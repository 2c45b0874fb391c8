// Adding a language is adding a folder: status and check find `locales/<code>/` on their own and
// apply that language's plural rules and script (no list of languages anywhere in the tools).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../src/dev/i18n/commands';
import { loadLocaleSet } from '../../src/dev/i18n/load';
import { localeCompleteness } from '../../src/i18n/model/status';
import { checkProject, errors, fixtureCopy, like, read, write } from './helpers';

function addLanguage(root: string, code: string, meta: object, files: Record<string, string>): void {
  mkdirSync(join(root, 'locales', code));
  write(root, `locales/${code}/_meta.json`, `${JSON.stringify(meta)}\n`);
  for (const [name, text] of Object.entries(files)) write(root, `locales/${code}/${name}`, text);
}

describe('a new language folder', () => {
  it('shows up in status and check with its own plural rules', () => {
    const root = fixtureCopy();
    addLanguage(
      root,
      'pl',
      { name: 'Polski', englishName: 'Polish', script: 'Latn', dir: 'ltr', fonts: [] },
      {
        'common.json':
          '{\n  "menu": { "start": "Zacznij, {{name}}" },\n  "turns_one": "{{count}} ruch",\n  "turns_other": "{{count}} ruchu"\n}\n',
      },
    );
    const rows = localeCompleteness(loadLocaleSet(root)).filter((r) => r.locale === 'pl');
    expect(rows).toEqual([
      like({ namespace: 'common', total: 2, translated: 0, missing: 0, stale: 2 }),
      like({ namespace: 'demo', total: 30, translated: 0, missing: 30, percent: 0 }),
    ]);
    const ds = errors(checkProject(root)).filter((d) => d.locale === 'pl');
    expect(ds).toEqual([
      like({
        file: 'locales/pl/common.json',
        key: 'turns',
        message: /plural forms missing: _few, _many \(pl needs _one, _few, _many, _other\)/,
      }),
      like({ file: 'locales/pl/demo.json', message: /missing file \(English has 30 keys/ }),
    ]);
  });

  it('gets the Latin-leftover check when its script is not Latin', () => {
    const root = fixtureCopy();
    addLanguage(
      root,
      'uk',
      { name: 'Українська', englishName: 'Ukrainian', script: 'Cyrl', dir: 'ltr', fonts: [] },
      {
        'common.json':
          '{\n  "menu": { "start": "Почати, {{name}}" },\n  "turns_one": "{{count}} хід",\n  "turns_few": "{{count}} ходи",\n  "turns_many": "{{count}} ходів",\n  "turns_other": "{{count}} turns"\n}\n',
      },
    );
    expect(errors(checkProject(root))).toContainEqual(
      like({ locale: 'uk', key: 'turns_other', line: 6, message: /"turns"/ }),
    );
  });

  it('is filled by an XLIFF import that creates its files in the English shape', () => {
    const root = fixtureCopy();
    addLanguage(
      root,
      'de',
      { name: 'Deutsch', englishName: 'German', script: 'Latn', dir: 'ltr', fonts: [] },
      {},
    );
    const xml = exportCommand(root, ['de']).out.join('\n');
    // Stand-in translation: copy each source into a target.
    const filled = xml.replace(/(<source>([^<]*)<\/source>)/g, '$1<target>$2</target>');
    write(root, 'de.xlf', filled);
    expect(importCommand(root, [`${root}/de.xlf`]).out[0]).toBe(
      'de: 33 key(s) changed, 32 confirmed, 3 file(s) written',
    );
    expect(read(root, 'locales/de/demo.json')).toBe(
      `${JSON.stringify(JSON.parse(read(root, 'locales/en/demo.json')), null, 2)}\n`,
    );
    expect(checkProject(root)).toEqual([]);
  });
});
