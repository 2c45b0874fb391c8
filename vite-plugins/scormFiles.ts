// Writes `scorm-files.json` into the build: the sorted list of files a SCORM package carries (the
// game and its assets, not the teacher page). The CLI and the teacher page's Downloads both build
// the package from this one list, so they make the same zip byte for byte.
import type { Plugin } from 'vite';

export const SCORM_FILES = 'scorm-files.json';
/** Not in a student package: the teacher page (and the guide, docs/). The service worker is written after the bundle. */
const LEFT_OUT = new Set(['teacher.html']);

export function scormFilesPlugin(): Plugin {
  return {
    name: 'precedent-scorm-files',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !LEFT_OUT.has(f) && !f.startsWith('docs/') && !f.endsWith('.map'))
        .sort();
      this.emitFile({ type: 'asset', fileName: SCORM_FILES, source: `${JSON.stringify(files, null, 1)}\n` });
    },
  };
}
