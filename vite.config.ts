// Vite build for the static site: relative base so `dist/` works from any host or sub-path;
// a Content-Security-Policy on every built page; scenarios parsed at build time; two pages,
// the game and the teacher page.
// PRECEDENT_FIXTURES=1 adds the test fixture scenarios (browser tests run with both).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { completenessPlugin } from './vite-plugins/completeness';
import { contentPlugin } from './vite-plugins/content';
import { contentSecurityPolicy } from './vite-plugins/csp';

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
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: { input: { index: page('index.html'), teacher: page('teacher.html') } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
