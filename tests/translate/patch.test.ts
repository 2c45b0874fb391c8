// The pull-request patch: for a changed key in a shipped language and for a new language, the
// patch applies with `git apply --check` to a repository holding the shipped files, and applied it
// gives exactly the files the zip export holds.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/translate/draft';
import { exportZip } from '../../src/translate/exporting';
import { exportPatch } from '../../src/translate/patch';
import { fixtureFiles, newDraft } from './helpers';

const all = fixtureFiles();
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A git repository holding the shipped locale files, committed. */
function shippedRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-patch-'));
  made.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  for (const [lng, files] of Object.entries(all)) {
    mkdirSync(join(dir, 'locales', lng), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'locales', lng, name), text);
  }
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'shipped');
  return dir;
}

/** Checks, then applies the patch; returns what `git apply --check` said (empty when it applies). */
function apply(dir: string, patch: string): string {
  writeFileSync(join(dir, 'draft.patch'), patch);
  try {
    execFileSync('git', ['apply', '--check', 'draft.patch'], { cwd: dir, stdio: 'pipe' });
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
  execFileSync('git', ['apply', 'draft.patch'], { cwd: dir, stdio: 'pipe' });
  return '';
}

const zipped = (draft: ReturnType<typeof newDraft>) =>
  Object.entries(unzipSync(exportZip(all, draft))).map(([p, b]) => [p, strFromU8(b)] as const);

describe('the patch for a pull request', () => {
  it('a changed key of a shipped language: one hunk in its file, applies, gives the zip export', () => {
    const ru = buildLocaleMeta('ru');
    const d = emptyDraft('ru', ru);
    d.texts.demo = { 'places.minsk.name': 'Город Минск' };
    d.lock['demo:places.minsk.name'] = 'ab'.repeat(32);
    const patch = exportPatch(all, d);
    // Only the text's file and the lock: the language's settings, written with other spacing, are no change.
    expect(patch.match(/^diff --git .*$/gm)).toEqual([
      'diff --git a/locales/ru/_lock.json b/locales/ru/_lock.json',
      'diff --git a/locales/ru/demo.json b/locales/ru/demo.json',
    ]);
    expect(patch).toMatch(/^-.*"Минск".*$/m);
    expect(patch).toMatch(/^\+.*"Город Минск".*$/m);
    const dir = shippedRepo();
    expect(apply(dir, patch)).toBe('');
    for (const [p, text] of zipped(d).filter(([p]) => !p.endsWith('_meta.json')))
      expect(readFileSync(join(dir, p), 'utf8')).toBe(text);
  });

  it('a new language: every file created from /dev/null, applies, gives the zip export', () => {
    const d = newDraft('eo');
    d.texts.common = { turns_one: '{{count}} vico restas', turns_other: '{{count}} vicoj restas' };
    const patch = exportPatch(all, d);
    const files = zipped(d).map(([p]) => p);
    expect(patch.match(/^\+\+\+ b\/(.*)$/gm)).toEqual(files.map((p) => `+++ b/${p}`).sort());
    expect(patch.match(/^--- \/dev\/null$/gm)).toHaveLength(files.length);
    expect(patch.match(/^new file mode 100644$/gm)).toHaveLength(files.length);
    const dir = shippedRepo();
    expect(apply(dir, patch)).toBe('');
    for (const [p, text] of zipped(d)) expect(readFileSync(join(dir, p), 'utf8')).toBe(text);
  });

  it('an unedited shipped language gives an empty patch; a patch against other files is refused by git', () => {
    const d = emptyDraft('hy', buildLocaleMeta('hy'));
    expect(exportPatch(all, d)).toBe('');
    d.texts.demo = { 'places.minsk.name': 'Մինսկ քաղաք' };
    const dir = shippedRepo();
    // The check is real: the same patch does not apply once the shipped file has moved on.
    writeFileSync(join(dir, 'locales/hy/demo.json'), '{}\n');
    expect(apply(dir, exportPatch(all, d))).toMatch(/patch does not apply/);
  });
});

function buildLocaleMeta(code: string) {
  const meta = JSON.parse(all[code]?.['_meta.json'] ?? '{}');
  return { fonts: ['Noto Sans'], ...meta };
}
