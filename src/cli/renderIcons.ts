// `npm run assets:icons`: renders assets/icon.svg into the PNG sizes the web manifest lists, with
// headless Chromium screenshots, and writes them beside it for committing. Run it after editing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS, ICON_SIZES, iconFile } from '../../vite-plugins/icons';
import { launchChromium } from '../dev/browser/chromium';

async function main(): Promise<void> {
  const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      // The SVG fills the viewport exactly; no margin, so the tile stays full-bleed (maskable).
      await page.setContent(
        `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: join(ASSETS, iconFile(size)), omitBackground: false });
      await page.close();
      console.log(`wrote assets/${iconFile(size)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
