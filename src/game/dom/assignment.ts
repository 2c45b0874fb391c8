// What a student sees of a teacher's assignment: the banner on the play screen, a friendly notice
// for a link that could not be read, and at the debrief the name field and "Get my result code"
// with copy and download. Strings live in the `teacher` namespace under `student.*`.

import type { Assignment, AssignmentError } from '../../platform/assignment';
import { copyText, downloadText } from '../../platform/files';
import { encodeResult, type ResultData } from '../../platform/resultCode';
import { resultFileName, resultFileText } from '../../platform/resultFile';
import { button, h } from './h';

export type StudentText = (key: string, params?: Record<string, string | number>) => string;

export function assignmentBanner(t: StudentText, a: Assignment): HTMLElement {
  return h(
    'aside',
    { class: 'assignment-banner', attrs: { 'aria-label': t('student.heading'), 'data-assignment': a.mode } },
    h('p', { text: t(`student.banner.${a.mode}`) }),
    a.classLabel ? h('p', { text: t('student.classLine', { class: a.classLabel }) }) : null,
  );
}

/** The notice for a link that could not be read (shown before the normal menu). */
export function assignmentErrorText(t: StudentText, e: AssignmentError): string {
  const reason = t(`student.reason.${e.kind}`, { name: '', scenario: '', lng: '', mode: '', ...e });
  return t('student.linkError', { reason });
}

/** The debrief panel: `result(name)` builds the finished run's result with the typed name. */
export function resultPanel(t: StudentText, result: (name: string) => ResultData): HTMLElement {
  const name = h('input', {
    attrs: { id: 'result-name', type: 'text', maxlength: 80, autocomplete: 'nickname' },
  });
  const out = h('div', { class: 'result-code' });
  const status = h('p', { class: 'status', attrs: { role: 'status' } });
  const show = () => {
    const data = result(name.value.trim());
    const code = encodeResult(data);
    const box = h('textarea', { attrs: { id: 'result-code', readonly: true, rows: 4, spellcheck: 'false' } });
    box.value = code;
    const copy = button(t('student.copy'), async () => {
      const ok = await copyText(code);
      if (!ok) box.select();
      status.textContent = t(ok ? 'student.copied' : 'student.copyManually');
    });
    const save = button(t('student.download'), () =>
      downloadText(resultFileName(data), resultFileText(data)),
    );
    out.replaceChildren(
      h('label', { text: t('student.code'), attrs: { for: box.id } }),
      box,
      copy,
      save,
      status,
    );
    box.focus();
    box.select();
  };
  return h(
    'section',
    { class: 'result-panel', attrs: { 'aria-labelledby': 'result-panel-h' } },
    h('h2', { text: t('student.heading'), attrs: { id: 'result-panel-h' } }),
    h('label', { text: t('student.name'), attrs: { for: name.id } }),
    name,
    button(t('student.getCode'), show),
    h('p', { class: 'hint', text: t('student.privacy') }),
    out,
  );
}
