// `npm run package:scorm -- <scenario|all> [--mastery 60] [--no-build]`: builds the site and
// writes one SCORM 1.2 zip per scenario into dist-scorm/ (game preselected, assessment mode).

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { parse } from 'yaml';
import { scormZip } from './scormPackage';

const OUT = 'dist-scorm';
const SITE = join(OUT, '.site');

interface ScenarioInfo {
  id: string;
  contentVersion: number;
  title: string;
}

function scenarios(): ScenarioInfo[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const s = parse(readFileSync(join('scenarios', f), 'utf8')) as {
        id: string;
        contentVersion: number;
        meta: { title: string; namespace?: string };
      };
      return {
        id: s.id,
        contentVersion: s.contentVersion,
        title: englishTitle(s.meta.namespace ?? s.id, s.meta.title),
      };
    });
}

function englishTitle(ns: string, key: string): string {
  try {
    let v: unknown = JSON.parse(readFileSync(join('locales', 'en', `${ns}.json`), 'utf8'));
    for (const part of key.split('.')) v = (v as Record<string, unknown>)?.[part];
    return typeof v === 'string' ? `Precedent: ${v}` : `Precedent: ${ns}`;
  } catch {
    return `Precedent: ${ns}`;
  }
}

function packageOne(s: ScenarioInfo, mastery: number): string {
  const out = join(OUT, `precedent-${s.id}-v${s.contentVersion}-scorm12.zip`);
  writeFileSync(out, scormZip(SITE, { ...s, mastery }));
  return out;
}

async function main(argv: string[]): Promise<number> {
  const target = argv.find((a) => !a.startsWith('--'));
  const masteryAt = argv.indexOf('--mastery');
  const mastery = masteryAt >= 0 ? Number(argv[masteryAt + 1]) : 60;
  const all = scenarios();
  const chosen = target === 'all' ? all : all.filter((s) => s.id === target);
  if (!target || chosen.length === 0 || !(mastery >= 0 && mastery <= 100)) {
    console.error(
      `usage: npm run package:scorm -- <${['all', ...all.map((s) => s.id)].join('|')}> [--mastery 0-100] [--no-build]`,
    );
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  if (!argv.includes('--no-build'))
    await build({ build: { outDir: SITE, emptyOutDir: true }, logLevel: 'warn' });
  for (const s of chosen) {
    const out = packageOne(s, mastery);
    console.log(`${out}  (${(statSync(out).size / 1024).toFixed(0)} kB, mastery ${mastery}%)`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
