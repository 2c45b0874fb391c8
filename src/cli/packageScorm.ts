// `npm run package:scorm -- <scenario|all> [--mastery 60] [--mode assessment|practice]
// [--lng choice|en|ru|hy] [--no-build]`: builds the site and writes one SCORM 1.2 zip per scenario
// into dist-scorm/. The teacher page's Downloads makes the same bytes for the same settings.

import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { scenarios, scormZipFromSite } from '../dev/scormPackage';
import { type PackageSettings, packageFileName } from '../platform/scorm/package';

const OUT = 'dist-scorm';
const SITE = join(OUT, '.site');

const option = (argv: string[], name: string, fallback: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? '') : fallback;
};

async function main(argv: string[]): Promise<number> {
  // The words after --mastery, --mode and --lng are their values, not the scenario.
  const values = new Set(
    ['--mastery', '--mode', '--lng'].flatMap((o) => (argv.includes(o) ? [argv[argv.indexOf(o) + 1]] : [])),
  );
  const target = argv.find((a) => !a.startsWith('--') && !values.has(a));
  const mastery = Number(option(argv, '--mastery', '60'));
  const mode = option(argv, '--mode', 'assessment');
  const lng = option(argv, '--lng', 'choice');
  const lngs = ['choice', ...readdirSync('locales')];
  const all = scenarios();
  const chosen = target === 'all' ? all : all.filter((s) => s.id === target);
  const bad =
    !target || chosen.length === 0
      ? `pick a scenario: ${['all', ...all.map((s) => s.id)].join(', ')}`
      : !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)
        ? '--mastery must be a whole number from 0 to 100'
        : mode !== 'assessment' && mode !== 'practice'
          ? '--mode must be assessment or practice'
          : !lngs.includes(lng)
            ? `--lng must be one of ${lngs.join(', ')}`
            : null;
  if (bad) {
    console.error(`${bad}.
usage: npm run package:scorm -- <${['all', ...all.map((s) => s.id)].join('|')}> [--mastery 0-100] [--mode assessment|practice] [--lng ${lngs.join('|')}] [--no-build]`);
    return 2;
  }
  mkdirSync(OUT, { recursive: true });
  if (!argv.includes('--no-build'))
    await build({ build: { outDir: SITE, emptyOutDir: true }, logLevel: 'warn' });
  for (const s of chosen) {
    const settings: PackageSettings = { ...s, mastery, mode: mode as PackageSettings['mode'], lng };
    const out = join(OUT, packageFileName(settings));
    writeFileSync(out, scormZipFromSite(SITE, settings));
    console.log(
      `${out}  (${(statSync(out).size / 1024).toFixed(0)} kB, ${mode}, lng ${lng}, mastery ${mastery}%)`,
    );
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
