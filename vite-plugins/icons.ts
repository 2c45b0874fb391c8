// App icons for the web manifest: the PNGs rendered from assets/icon.svg by `npm run assets:icons`
// (committed beside the SVG), copied into the build. Nothing is drawn or encoded here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const ASSETS = fileURLToPath(new URL('../assets/', import.meta.url));
export const ICON_SIZES = [192, 512] as const;
export const iconFile = (size: number) => `icon-${size}.png`;
export const iconPath = (size: number) => `icons/${iconFile(size)}`;

export function iconsPlugin(): Plugin {
  return {
    name: 'precedent-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES) {
        const file = `${ASSETS}${iconFile(size)}`;
        this.addWatchFile(file);
        this.emitFile({ type: 'asset', fileName: iconPath(size), source: readFileSync(file) });
      }
    },
  };
}
