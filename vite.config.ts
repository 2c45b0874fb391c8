// Vite build for the static site: relative base so `dist/` works from any host or sub-path;
// a Content-Security-Policy on every built page; a service worker for offline play.
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './vite-plugins/csp';
import { iconsPlugin } from './vite-plugins/icons';
import { pwaPlugin } from './vite-plugins/pwa';

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), iconsPlugin(), pwaPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    // The service-worker build (workbox, in closeBundle) is slow by nature; its timing note is noise.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
