// Offline play: a Workbox service worker (vite-plugin-pwa, generateSW) that precaches every built
// file, takes over at once when a new version is installed, and a web manifest with our own icons.
// Registration lives in src/platform/serviceWorker.ts (bundled JS), so no inline script is needed.
import { VitePWA } from 'vite-plugin-pwa';
import { ICON_SIZES, iconPath } from './icons.ts';

export function pwaPlugin() {
  return VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: {
      name: 'Precedent',
      short_name: 'Precedent',
      description: 'Diplomacy through documented events',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#1d3557',
      theme_color: '#1d3557',
      icons: ICON_SIZES.map((size) => ({
        src: iconPath(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose: 'any maskable',
      })),
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,woff2,svg,png}'],
      // The teachers' guide and its screenshots are no part of a student's offline game.
      globIgnores: ['docs/**'],
      // Phaser's chunk is 1.4 MB; the map data may be large too.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // `?lng=ru` or a teacher's link parameters must still find the precached page offline.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      skipWaiting: true,
      clientsClaim: true,
    },
  });
}
