// Vite build for the static site: relative base so `dist/` works from any host or sub-path;
// a Content-Security-Policy on every built page; scenarios parsed at build time; two pages,
// the game and the teacher page; the teachers' guide; a service worker for offline play.
// PRECEDENT_FIXTURES=1 adds the test fixture scenarios (browser tests run with both).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { completenessPlugin } from './vite-plugins/completeness.ts';
import { contentPlugin } from './vite-plugins/content.ts';
import { contentSecurityPolicy } from './vite-plugins/csp.ts';
import { docsPlugin } from './vite-plugins/docs.ts';
import { iconsPlugin } from './vite-plugins/icons.ts';
import { pwaPlugin } from './vite-plugins/pwa.ts';
import { scormFilesPlugin } from './vite-plugins/scormFiles.ts';

const withFixtures = process.env.PRECEDENT_FIXTURES === '1';
const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: './',
  plugins: [
    contentSecurityPolicy(),
    contentPlugin({
      scenarios: ['scenarios', ...(withFixtures ? ['tests/browser/fixtures/scenarios'] : [])],
      locales: ['locales', ...(withFixtures ? ['tests/browser/fixtures/locales'] : [])],
    }),
    completenessPlugin(),
    iconsPlugin(),
    pwaPlugin(),
    docsPlugin(),
    scormFilesPlugin(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // The service-worker build (workbox, in closeBundle) is slow by nature; its timing note is noise.
    rolldownOptions: {
      input: { index: page('index.html'), teacher: page('teacher.html') },
      checks: { pluginTimings: false },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
