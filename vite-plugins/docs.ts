// Ships the teachers' guide with the site: docs/teachers.md and the screenshots it shows
// (docs/img/teacher-*.png, taken by the browser tests), so the teacher page's "what Verified
// means" line links to a guide that is really there, offline too. Not part of a SCORM package.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const GUIDE = 'docs/teachers.md';

export function docsPlugin(root = process.cwd()): Plugin {
  return {
    name: 'precedent-docs',
    apply: 'build',
    generateBundle() {
      const text = readFileSync(join(root, GUIDE), 'utf8');
      this.emitFile({ type: 'asset', fileName: GUIDE, source: text });
      // Only the images the guide names. The browser tests take them after building, so a fresh
      // checkout builds without them and says so.
      for (const [, img] of text.matchAll(/\]\((img\/teacher-[\w-]+\.png)\)/g)) {
        const file = join(root, 'docs', img as string);
        if (existsSync(file))
          this.emitFile({ type: 'asset', fileName: `docs/${img}`, source: readFileSync(file) });
        else this.warn(`${GUIDE} shows ${img}, which is not there yet (the browser tests take it)`);
      }
    },
  };
}
