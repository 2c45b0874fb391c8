// Self-hosted web fonts, and waiting for the glyphs of a script before anything is drawn: Phaser
// rasterises text once, so text drawn before its font arrives would stay in a fallback font.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans-armenian/armenian-400.css';
import '@fontsource/noto-sans-armenian/armenian-600.css';
import type { LanguageMeta } from './languages';

export const FONT_STACK = '"Noto Sans", "Noto Sans Armenian", sans-serif';

/** A sample in each script: `document.fonts.load` fetches only the subsets its text touches. */
const SAMPLES: Record<LanguageMeta['script'], string> = {
  Latn: 'Precedent 0123',
  Cyrl: 'Прецедент',
  Armn: 'Նախադեպ',
};

/** Resolves when the regular and semi-bold faces for the script (and Latin) are ready. */
export async function loadFonts(meta: LanguageMeta): Promise<void> {
  const sample = `${SAMPLES[meta.script]} ${SAMPLES.Latn}`;
  const loads = meta.fonts.flatMap((family) =>
    ['400', '600'].map((weight) => document.fonts.load(`${weight} 16px "${family}"`, sample)),
  );
  // A font that fails to load must not block the game: the fallback stack still shows the text.
  await Promise.allSettled(loads);
}
