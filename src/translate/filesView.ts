// The page's "Export and import" section: the zip, XLIFF 2.0 and 1.2, the patch for a pull
// request, and the import field (its outcome said in a status line, never only in the console).

import type { LocaleSet } from '../i18n/model/locale';
import type { TextUse } from '../i18n/model/usage';
import { el } from '../teacher/dom';
import type { Draft, LocaleFiles } from './draft';
import { download, exportXliffFile, exportZip } from './exporting';
import { importFile, tooLarge } from './importing';
import { exportPatch } from './patch';
import type { T } from './text';

export interface FilesContext {
  t: T;
  files: LocaleFiles;
  uses: readonly TextUse[];
  draft: () => Draft | undefined;
  set: () => LocaleSet | undefined;
  /** An accepted import: the page takes the new draft, redraws and saves. */
  imported(draft: Draft): Promise<void>;
}

const button = (text: string, id: string, click: () => void) =>
  el('button', { class: 'btn', text, attrs: { type: 'button', id }, on: { click } });

export function drawFiles(box: HTMLElement, ctx: FilesContext): void {
  const { t } = ctx;
  const d = ctx.draft();
  if (!d) {
    box.replaceChildren();
    return;
  }
  const importMsg = el('p', { class: 'import-msg', attrs: { role: 'status', id: 'import-msg' } });
  const exportMsg = el('p', { class: 'import-msg', attrs: { role: 'status', id: 'export-msg' } });
  const input = el('input', {
    attrs: { type: 'file', id: 'import', accept: '.zip,.xlf,.xliff,application/zip,application/xml' },
  });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    const draft = ctx.draft();
    const set = ctx.set();
    if (!file || !draft || !set) return;
    const r =
      tooLarge(file.name, file.size) ??
      importFile(set, draft, file.name, new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!r.ok) {
      importMsg.textContent = r.message;
      importMsg.dataset.state = 'refused';
      return;
    }
    importMsg.textContent = t('files.imported', { count: r.changed, name: file.name });
    importMsg.dataset.state = 'ok';
    await ctx.imported(r.draft);
  });
  const xliff = (version: '2.0' | '1.2') => () => {
    const current = ctx.draft();
    const set = ctx.set();
    if (!current || !set) return;
    const suffix = version === '1.2' ? '.xliff12' : '';
    const text = exportXliffFile(set, current, ctx.uses, version);
    download(`${current.code}${suffix}.xlf`, text, 'application/xliff+xml');
  };
  const patch = () => {
    const current = ctx.draft();
    if (!current) return;
    const text = exportPatch(ctx.files, current);
    // An empty patch is no file: the translator is told why nothing downloads.
    exportMsg.textContent = text ? '' : t('files.patchEmpty');
    if (text) download(`${current.code}.patch`, text, 'text/x-diff');
  };
  box.replaceChildren(
    el('h2', { text: t('files.heading'), attrs: { id: 'files-h' } }),
    el('p', { text: t('files.note', { code: d.code }) }),
    el(
      'p',
      { class: 'actions' },
      button(t('files.zip'), 'export-zip', () => {
        const current = ctx.draft();
        if (current) download(`${current.code}.zip`, exportZip(ctx.files, current), 'application/zip');
      }),
      button(t('files.xliff'), 'export-xliff', xliff('2.0')),
      button(t('files.xliff12'), 'export-xliff12', xliff('1.2')),
      button(t('files.patch'), 'export-patch', patch),
    ),
    el('p', { text: t('files.patchNote', { code: d.code }) }),
    exportMsg,
    el('p', {}, el('label', { text: t('files.import'), attrs: { for: 'import' } }), ' ', input),
    importMsg,
  );
}
