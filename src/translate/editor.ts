// One text in the editor: English beside the translation (a field per plural form the language
// needs), status, context, live checks from the CLI's rules, confirm and review, preview, atlas.

import type { PluralCategory } from '../i18n/model/keys';
import type { LocaleSet } from '../i18n/model/locale';
import type { Finding } from '../i18n/model/rules';
import { el } from '../teacher/dom';
import { atlasPanel } from './atlasView';
import { type Row, type Unit, unitFindings } from './rows';
import type { T } from './text';

export interface EditorContext {
  t: T;
  set: () => LocaleSet;
  code: string;
  atlas: readonly string[];
  reviewed: (row: Row) => boolean;
  edit(row: Row, unit: Unit, text: string): void;
  confirm(row: Row): void;
  review(row: Row, on: boolean): void;
  /** Undefined when the text belongs to no scenario step (interface text). */
  preview?: (row: Row) => void;
  englishName(ns: string, key: string): string | undefined;
}

/** "2, 3, 4, 22 …": numbers that take this form in the language (from Intl.PluralRules). */
export function formExamples(code: string, category: PluralCategory, ordinal: boolean): string {
  const rules = new Intl.PluralRules(code, { type: ordinal ? 'ordinal' : 'cardinal' });
  const out: string[] = [];
  for (let n = 0; n <= 111 && out.length < 5; n++) if (rules.select(n) === category) out.push(String(n));
  if (out.length === 0 && rules.select(1.5) === category) out.push('1.5');
  return `${out.join(', ')} …`;
}

function findingList(t: T, found: Finding[], list: HTMLElement): void {
  list.replaceChildren(
    ...(found.length === 0
      ? [el('li', { class: 'ok', text: t('key.checksPass') })]
      : found.map((f) => el('li', { class: 'bad', text: `${f.message} — ${f.fix}` }))),
  );
}

export function renderEditor(ctx: EditorContext, row: Row): HTMLElement {
  const { t } = ctx;
  const id = `${row.ns}:${row.key}`;
  const wrap = el('article', { class: 'editor', attrs: { 'aria-labelledby': 'ed-h' } });
  wrap.append(
    el(
      'h3',
      { attrs: { id: 'ed-h' } },
      el('code', { text: id }),
      ' ',
      el('span', { class: `badge ${row.status}`, text: t(`key.${row.status}`) }),
    ),
  );
  wrap.append(context(ctx, row));
  for (const unit of row.units) wrap.append(unitField(ctx, row, unit));
  const actions = el('p', { class: 'actions' });
  if (row.status === 'stale')
    actions.append(
      el('button', {
        class: 'btn',
        text: t('key.confirm'),
        attrs: { type: 'button', 'data-act': 'confirm' },
        on: { click: () => ctx.confirm(row) },
      }),
    );
  const box = el('input', { attrs: { type: 'checkbox', id: 'reviewed', checked: ctx.reviewed(row) } });
  box.addEventListener('change', () => ctx.review(row, box.checked));
  actions.append(el('label', { class: 'check' }, box, ` ${t('key.reviewed')}`));
  if (ctx.preview) {
    const p = ctx.preview;
    actions.append(
      el('button', {
        class: 'btn primary',
        text: t('key.preview'),
        attrs: { type: 'button', 'data-act': 'preview' },
        on: { click: () => p(row) },
      }),
    );
  }
  wrap.append(actions, atlasPanel(t, ctx.atlas, ctx.code, id));
  return wrap;
}

function context(ctx: EditorContext, row: Row): HTMLElement {
  const { t } = ctx;
  const u = row.use;
  const speaker = u?.speaker
    ? [u.speaker, ctx.englishName(row.ns, `parties.${u.speaker}.name`)].filter(Boolean).join(' — ')
    : undefined;
  const items: [string, string | undefined][] = [
    ['key.scenario', u?.scenario || undefined],
    ['key.node', u?.nodeId ? `${u.nodeId}${u.nodeKind ? ` (${u.nodeKind})` : ''}` : undefined],
    ['key.speaker', speaker],
    ['key.where', u?.where ?? t('key.interface')],
    ['key.maxLength', u?.maxLength ? t('key.maxChars', { n: u.maxLength }) : undefined],
  ];
  const dl = el('dl', { class: 'context' });
  for (const [k, v] of items) if (v) dl.append(el('dt', { text: t(k) }), el('dd', { text: v }));
  return el('section', { attrs: { 'aria-label': t('key.context') } }, dl);
}

function unitField(ctx: EditorContext, row: Row, unit: Unit): HTMLElement {
  const { t } = ctx;
  const fid = `u-${unit.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const label = unit.category
    ? t('key.form', {
        form: unit.category,
        examples: formExamples(ctx.code, unit.category, row.lk.plural?.ordinal ?? false),
      })
    : t('key.translation');
  const area = el('textarea', {
    attrs: {
      id: fid,
      rows: Math.min(12, Math.max(2, Math.ceil(unit.source.length / 70))),
      'aria-describedby': `${fid}-checks ${fid}-len`,
      lang: ctx.code,
      spellcheck: 'true',
      'data-unit': unit.id,
    },
  });
  area.value = unit.target ?? '';
  const checks = el('ul', { class: 'checks', attrs: { id: `${fid}-checks`, 'aria-live': 'polite' } });
  const len = el('p', { class: 'len', attrs: { id: `${fid}-len` } });
  const update = () => {
    len.textContent = t('key.length', { n: [...area.value].length });
    if (area.value === '') checks.replaceChildren();
    else findingList(t, unitFindings(ctx.set(), ctx.code, row, unit, area.value), checks);
  };
  area.addEventListener('input', () => {
    ctx.edit(row, unit, area.value);
    update();
  });
  update();
  return el(
    'div',
    { class: 'unit' },
    el('p', { class: 'en-label', text: `${t('key.english')}${unit.category ? ` (${unit.category})` : ''}` }),
    el('blockquote', { class: 'en', text: unit.source, attrs: { lang: 'en' } }),
    el('label', { text: label, attrs: { for: fid } }),
    area,
    len,
    checks,
  );
}
