// Copies the browser tests' screenshots that the README shows (menu, a decision, the debrief, the stage)
// from the git-ignored tests/shots/ into docs/img/, so the README stays current after a run.

import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
export const README_SHOTS = [
  'menu-en-1280x800.png',
  'appeal-hy-3-play-decision-1280x800.png',
  'appeal-ru-4-debrief-1280x800.png',
  'appeal-hy-3-play-decision-360x640.png',
  // The stage's diplomacy (#23): The Standoff at its exit decision, both sizes, every language.
  ...['hy', 'ru', 'en'].flatMap((l) => [`stage-${l}-1280x800.png`, `stage-${l}-360x640.png`]),
];

async function main(): Promise<void> {
  const out = join(ROOT, 'docs/img');
  await mkdir(out, { recursive: true });
  for (const name of README_SHOTS) {
    try {
      await copyFile(join(ROOT, 'tests/shots', name), join(out, name));
      console.log(`docs/img/${name}`);
    } catch {
      console.error(
        `missing tests/shots/${name}: run the browser tests first (npx vitest run --project browser)`,
      );
      process.exitCode = 1;
    }
  }
}

await main();
