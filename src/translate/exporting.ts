// Export, so that work never lives only in the browser: the language folder as a zip in the
// repository's layout (`locales/<code>/…`, lock included), XLIFF 2.0 or 1.2 for translation tools
// (made by the same model code as `npm run i18n:export`, the reviewer's ticks included) and a
// patch for a pull request (patch.ts).

import { strToU8, zipSync } from 'fflate';
import type { LocaleSet } from '../i18n/model/locale';
import type { TextUse } from '../i18n/model/usage';
import { exportXliff } from '../i18n/model/xliff';
import { exportXliff12 } from '../i18n/model/xliff12';
import { type Draft, draftFiles, type LocaleFiles } from './draft';

/** Fixed timestamp: the same draft gives the same zip bytes (easy to compare, no clock in tests). */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

export function exportZip(all: LocaleFiles, draft: Draft): Uint8Array {
  const files = draftFiles(all, draft);
  const entries = Object.fromEntries(
    Object.entries(files).map(([name, text]) => [
      `locales/${draft.code}/${name}`,
      [strToU8(text), { mtime: ZIP_DATE }] as [Uint8Array, { mtime: Date }],
    ]),
  );
  return zipSync(entries, { level: 6 });
}

export function exportXliffFile(
  set: LocaleSet,
  draft: Draft,
  uses: readonly TextUse[],
  version: '2.0' | '1.2' = '2.0',
): string {
  const write = version === '1.2' ? exportXliff12 : exportXliff;
  return write(set, draft.code, uses, new Set(draft.reviewed));
}

/** Offers bytes as a file download (an object URL: nothing leaves the browser). */
export function download(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : data.slice().buffer], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
