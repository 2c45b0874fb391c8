// Composition root of the translator's page (translate.html): the shipped locale files, drafts in
// IndexedDB, the key list with filters, the editor, export and import, and the game's preview.
// Everything runs in this browser; the only requests are to this site's own files.

import { languages } from 'virtual:precedent-content';
import { atlasLanguages, localeFiles } from 'virtual:precedent-locale-files';
import { scenarios } from 'virtual:precedent-scenarios';
import { compile } from '../engine';
import { DRAFT_PREVIEW_KEY } from '../i18n/draftPreview';
import { webCryptoHash } from '../i18n/model/hash';
import { buildLocale, type LocaleSet, SOURCE_LNG, sourceNamespaces, textOf } from '../i18n/model/locale';
import { lockId, sourceHash, sourceTexts } from '../i18n/model/lock';
import { scenarioTexts } from '../i18n/model/usage';
import { el } from '../teacher/dom';
import { type Draft, type DraftMeta, draftResources, draftSet, emptyDraft } from './draft';
import { renderEditor } from './editor';
import { drawFiles as filesSection } from './filesView';
import { languageSection } from './languageView';
import { type ListState, listSection } from './listView';
import { pathsToNodes, saveAt } from './paths';
import { buildRows, type Row, unitFindings } from './rows';
import { listDrafts, loadDraft, saveDraft } from './store';
import { pageText } from './text';
import './translate.css';

const { lng: uiLng, t } = pageText(localeFiles, location.search, navigator.languages ?? []);
const en = buildLocale(SOURCE_LNG, localeFiles[SOURCE_LNG] ?? {});
const uses = scenarios.flatMap((s) => scenarioTexts(s));

interface State {
  draft?: Draft;
  set?: LocaleSet;
  rows: Row[];
  list: ListState;
  selected?: string;
}

async function boot(): Promise<void> {
  const root = document.getElementById('translate');
  if (!root) return;
  document.documentElement.lang = uiLng;
  const hash = await webCryptoHash(sourceTexts({ locales: new Map([[SOURCE_LNG, en]]), hash: () => '' }));
  const state: State = { rows: [], list: { shown: 60 } };
  const status = el('p', { class: 'save-status', attrs: { role: 'status', id: 'save-status' } });
  const work = el('div', { class: 'work' });
  const filesBox = el('section', { attrs: { 'aria-labelledby': 'files-h' } });
  const editorBox = el('div', { class: 'editor-box' });
  const shipped = Object.keys(localeFiles).filter((c) => c !== SOURCE_LNG);
  const metaOf = (code: string): DraftMeta | undefined => {
    const m = buildLocale(code, { '_meta.json': localeFiles[code]?.['_meta.json'] ?? '' }).meta;
    const fonts = languages[code]?.fonts ?? ['Noto Sans'];
    return m ? { ...m, fonts } : undefined;
  };

  const rebuild = () => {
    const d = state.draft;
    if (!d) return;
    state.set = draftSet(localeFiles, d, hash);
    state.rows = buildRows(state.set, d.code, uses);
  };
  const persist = async () => {
    const d = state.draft;
    if (!d) return;
    d.updatedAt = new Date().toISOString();
    status.textContent = t('save.saving');
    try {
      await saveDraft(structuredClone(d));
      status.textContent = t('save.saved');
      status.dataset.state = 'saved';
    } catch (e) {
      status.textContent = t('save.failed', { reason: e instanceof Error ? e.message : String(e) });
      status.dataset.state = 'failed';
    }
  };
  const select = (id: string | undefined) => {
    state.selected = id;
    const row = state.rows.find((r) => `${r.ns}:${r.key}` === id);
    editorBox.replaceChildren(
      row && state.draft ? renderEditor(editorContext(), row) : el('p', { class: 'note', text: t('empty') }),
    );
  };
  const drawList = () => {
    const d = state.draft;
    work.replaceChildren(
      ...(d
        ? [
            listSection(
              t,
              state.rows,
              state.list,
              sourceNsList(),
              failing,
              () => drawList(),
              (id) => {
                select(id);
                editorBox.querySelector<HTMLElement>('textarea')?.focus();
              },
            ),
            editorBox,
          ]
        : [el('p', { class: 'note', text: t('empty') })]),
    );
  };
  const sourceNsList = () => [...en.namespaces.keys()];
  const failing = (row: Row) =>
    row.units.some(
      (u) =>
        u.target &&
        unitFindings(state.set as LocaleSet, (state.draft as Draft).code, row, u, u.target).length > 0,
    );
  const refreshRow = (row: Row) => {
    rebuild();
    drawList();
    const fresh = state.rows.find((r) => r.ns === row.ns && r.key === row.key);
    const badge = editorBox.querySelector('.badge');
    if (fresh && badge) {
      badge.className = `badge ${fresh.status}`;
      badge.textContent = t(`key.${fresh.status}`);
    }
  };
  const editorContext = () => {
    const d = state.draft as Draft;
    return {
      t,
      set: () => state.set as LocaleSet,
      code: d.code,
      atlas: atlasLanguages,
      reviewed: (row: Row) => d.reviewed.includes(lockId(row.ns, row.key)),
      edit: (row: Row, unit: { id: string }, text: string) => {
        const texts = d.texts[row.ns] ?? {};
        d.texts[row.ns] = texts;
        if (text === '') delete texts[unit.id];
        else texts[unit.id] = text;
        confirmRow(row);
        refreshRow(row);
        void persist();
      },
      confirm: (row: Row) => {
        confirmRow(row);
        refreshRow(row);
        select(state.selected);
        void persist();
      },
      review: (row: Row, on: boolean) => {
        const id = lockId(row.ns, row.key);
        d.reviewed = on ? [...new Set([...d.reviewed, id])] : d.reviewed.filter((x) => x !== id);
        void persist();
      },
      preview: (row: Row) => preview(row),
      englishName: (ns: string, key: string) => {
        const leaf = en.namespaces.get(ns)?.leaves.get(key);
        return leaf ? textOf(leaf) : undefined;
      },
    };
  };
  /** An edited text is confirmed against today's English, as an edited XLIFF unit is on import. */
  const confirmRow = (row: Row) => {
    const d = state.draft as Draft;
    const src = sourceNamespaces(state.set as LocaleSet).get(row.ns);
    if (src) d.lock[lockId(row.ns, row.key)] = sourceHash(src, row.lk);
  };
  const preview = (row: Row) => {
    const d = state.draft as Draft;
    const set = state.set as LocaleSet;
    localStorage.setItem(
      DRAFT_PREVIEW_KEY,
      JSON.stringify({ code: d.code, meta: d.meta, resources: draftResources(set, d.code) }),
    );
    const s = scenarios.find((x) => x.id === row.use?.scenario);
    const node = row.use?.nodeId;
    if (s && node) {
      const c = compile(s);
      const log = pathsToNodes(c).get(node);
      // The game resumes the last scenario's save on start, replaying its log: it opens at the node.
      if (log) {
        localStorage.setItem(`precedent.save.${s.id}`, JSON.stringify(saveAt(c, log)));
        localStorage.setItem('precedent.last', s.id);
      }
    } else localStorage.removeItem('precedent.last');
    window.open(`./?draft=1&lng=${encodeURIComponent(d.code)}`, '_blank');
  };
  const open = async (draft: Draft) => {
    state.draft = draft;
    state.list = { shown: 60 };
    rebuild();
    drawList();
    select(undefined);
    drawFiles();
    status.textContent = t('save.saved');
  };
  const drawFiles = () =>
    filesSection(filesBox, {
      t,
      files: localeFiles,
      uses,
      draft: () => state.draft,
      set: () => state.set,
      imported: async (draft) => {
        state.draft = draft;
        rebuild();
        drawList();
        select(state.selected);
        await persist();
      },
    });
  const drafts = await listDrafts().catch(() => [] as Draft[]);
  const langs = languageSection(t, {
    known: [...new Set([...shipped, ...drafts.map((d) => d.code)])].map((code) => ({
      code,
      name: drafts.find((d) => d.code === code)?.meta.name ?? metaOf(code)?.name ?? code,
    })),
    open: async (code) => {
      const meta = metaOf(code) ?? drafts.find((d) => d.code === code)?.meta;
      const saved = await loadDraft(code).catch(() => undefined);
      if (saved) return open(saved);
      if (meta) return open(emptyDraft(code, meta));
    },
    start: async (code, meta) => {
      const d = emptyDraft(code, meta);
      await open(d);
      await persist();
    },
    existing: () => [SOURCE_LNG, ...shipped, ...drafts.map((d) => d.code)],
  });
  root.replaceChildren(
    el('header', {}, el('h1', { text: t('title') }), el('p', { text: t('intro') }), status),
    el('main', {}, langs, work, filesBox),
  );
  root.removeAttribute('aria-busy');
  drawList();
  const want = new URLSearchParams(location.search).get('lng');
  if (want && (shipped.includes(want) || drafts.some((d) => d.code === want))) await langs.openCode(want);
}

boot().catch((e: unknown) => {
  console.error(e);
  document.getElementById('translate')?.replaceChildren(el('p', { text: String(e) }));
});
