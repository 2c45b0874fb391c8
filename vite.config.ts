// Vite build for the static site: relative base so `dist/` works from any host or sub-path;
// a Content-Security-Policy on every built page.
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './vite-plugins/csp';

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
