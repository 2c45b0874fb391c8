// Picking the language to work on, or starting a new one by its BCP 47 code and name; the plural
// forms it will need are shown from the browser's CLDR rules before any text is written.

import { el } from '../teacher/dom';
import type { DraftMeta } from './draft';
import { newLanguage } from './language';
import type { T } from './text';

export interface LanguageActions {
  known: { code: string; name: string }[];
  open(code: string): Promise<void>;
  start(code: string, meta: DraftMeta): Promise<void>;
  existing(): string[];
}

export function languageSection(
  t: T,
  a: LanguageActions,
): HTMLElement & { openCode(code: string): Promise<void> } {
  const pick = el(
    'select',
    { attrs: { id: 'pick-lng' } },
    ...a.known.map((l) =>
      el('option', { text: `${l.name} (${l.code})`, attrs: { value: l.code, lang: l.code } }),
    ),
  );
  const info = el('p', { class: 'note', attrs: { id: 'lng-info', role: 'status' } });
  const openBtn = el('button', {
    class: 'btn',
    text: t('language.open'),
    attrs: { type: 'button', id: 'open-lng' },
  });
  openBtn.addEventListener('click', () => void a.open(pick.value));
  const code = el('input', {
    attrs: { id: 'new-code', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'new-error' },
  });
  const name = el('input', {
    attrs: { id: 'new-name', autocomplete: 'off', 'aria-describedby': 'new-error' },
  });
  const englishName = el('input', { attrs: { id: 'new-english', autocomplete: 'off' } });
  const error = el('p', { class: 'error', attrs: { id: 'new-error', 'aria-live': 'assertive' } });
  const form = el(
    'form',
    { attrs: { id: 'new-lng', novalidate: true } },
    el('h3', { text: t('language.newHeading') }),
    el('p', {}, el('label', { text: t('language.code'), attrs: { for: 'new-code' } }), code),
    el('p', {}, el('label', { text: t('language.name'), attrs: { for: 'new-name' } }), name),
    el('p', {}, el('label', { text: t('language.englishName'), attrs: { for: 'new-english' } }), englishName),
    error,
    el('button', { class: 'btn primary', text: t('language.start'), attrs: { type: 'submit' } }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const r = newLanguage(code.value, name.value, englishName.value, a.existing());
    code.removeAttribute('aria-invalid');
    name.removeAttribute('aria-invalid');
    if (!r.ok) {
      error.textContent = r.message;
      (r.field === 'code' ? code : name).setAttribute('aria-invalid', 'true');
      (r.field === 'code' ? code : name).focus();
      return;
    }
    error.textContent = '';
    pick.append(el('option', { text: `${r.meta.name} (${r.code})`, attrs: { value: r.code, lang: r.code } }));
    pick.value = r.code;
    const forms = r.plurals.map((c) => `_${c}`).join(', ');
    info.textContent = [
      t('language.plurals', { name: r.meta.name, code: r.code, forms }),
      r.pluralRulesKnown ? '' : t('language.noPluralRules', { code: r.code }),
    ]
      .join(' ')
      .trim();
    void a.start(r.code, r.meta);
  });
  const section = el(
    'section',
    { attrs: { 'aria-labelledby': 'lng-h' } },
    el('h2', { text: t('language.heading'), attrs: { id: 'lng-h' } }),
    el(
      'p',
      {},
      el('label', { text: t('language.pick'), attrs: { for: 'pick-lng' } }),
      ' ',
      pick,
      ' ',
      openBtn,
    ),
    info,
    form,
  );
  return Object.assign(section, {
    openCode: async (c: string) => {
      pick.value = c;
      await a.open(c);
    },
  });
}
