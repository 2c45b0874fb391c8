// Vite build for the static site: relative base so `dist/` works from any host or sub-path;
// a Content-Security-Policy on every built page; two pages, the game and the teacher page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './vite-plugins/csp';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: { input: { index: page('index.html'), teacher: page('teacher.html') } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
