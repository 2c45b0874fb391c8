// The assignment link builder: scenario, language (fixed or the student's choice), mode and an
// optional class label → a link next to this page, a copy button and a QR code.

import {
  type Assignment,
  type AssignmentMode,
  assignmentLink,
  CHOICE_LNG,
  newAssignmentId,
} from '../platform/assignment';
import { copyText, downloadText } from '../platform/files';
import { saveAssignment } from './assignments';
import type { TeacherContext } from './context';
import { button, el, field } from './dom';
import { qrSvg } from './qr';

const option = (value: string, text: string) => el('option', { text, attrs: { value } });

function modeRadios(
  ctx: TeacherContext,
  onChange: () => void,
): { box: HTMLElement; value: () => AssignmentMode } {
  const radio = (mode: AssignmentMode, checked: boolean) => {
    const input = el('input', {
      attrs: { type: 'radio', name: 'assign-mode', value: mode, id: `assign-mode-${mode}`, checked },
    });
    input.addEventListener('change', onChange);
    return el(
      'div',
      { class: 'radio' },
      input,
      el(
        'label',
        { attrs: { for: input.id } },
        el('strong', { text: ctx.t(`assign.mode.${mode}`) }),
        ' — ',
        el('span', { text: ctx.t(`assign.mode.${mode}Hint`) }),
      ),
    );
  };
  const box = el(
    'fieldset',
    {},
    el('legend', { text: ctx.t('assign.mode.label') }),
    radio('practice', true),
    radio('assessment', false),
  );
  const value = () =>
    ((box.querySelector('input:checked') as HTMLInputElement | null)?.value ?? 'practice') as AssignmentMode;
  return { box, value };
}

export function renderLinks(ctx: TeacherContext): HTMLElement {
  const scenario = el(
    'select',
    { attrs: { id: 'assign-scenario' } },
    ...ctx.scenarios.map((c) => option(c.scenario.id, ctx.sx(c, c.scenario.meta.title))),
  );
  const lng = el(
    'select',
    { attrs: { id: 'assign-lng' } },
    option(CHOICE_LNG, ctx.t('assign.lngChoice')),
    ...Object.entries(ctx.languages).map(([code, m]) => option(code, m.name)),
  );
  const classLabel = el('input', {
    attrs: { id: 'assign-class', type: 'text', maxlength: 80, autocomplete: 'off' },
  });
  const output = el('input', { attrs: { id: 'assign-link', type: 'text', readonly: true } });
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  const qr = el('div', { class: 'qr-box' });
  const mode = modeRadios(ctx, () => update());
  // One id per scenario and mode: a new choice of either is a new assignment, so codes played
  // from the old link keep matching what that link fixed.
  let id = newAssignmentId();
  let idFor = '';
  const current = (): Assignment => ({
    scenario: scenario.value,
    lng: lng.value,
    mode: mode.value(),
    classLabel: classLabel.value,
    id,
  });
  const update = () => {
    if (!scenario.value) return;
    const fixed = `${scenario.value}/${mode.value()}`;
    if (idFor && idFor !== fixed) id = newAssignmentId();
    idFor = fixed;
    const a = current();
    const seat = ctx.shipped.get(a.scenario)?.scenario.meta.seat ?? '';
    saveAssignment({
      id,
      scenario: a.scenario,
      seat,
      mode: a.mode,
      classLabel: a.classLabel.trim(),
      created: Date.now(),
    });
    const link = assignmentLink(a, location.href);
    output.value = link;
    status.textContent = '';
    qr.replaceChildren(qrSvg(link, ctx.t('assign.qrLabel')));
  };
  for (const c of [scenario, lng, classLabel]) c.addEventListener('input', update);
  const copy = button(ctx.t('assign.copy'), async () => {
    const ok = await copyText(output.value);
    if (!ok) output.select();
    status.textContent = ctx.t(ok ? 'assign.copied' : 'assign.copyManually');
  });
  const enlarge = button(ctx.t('assign.qrEnlarge'), () => {
    const large = qr.classList.toggle('large');
    enlarge.textContent = ctx.t(large ? 'assign.qrShrink' : 'assign.qrEnlarge');
    enlarge.setAttribute('aria-pressed', String(large));
  });
  enlarge.setAttribute('aria-pressed', 'false');
  const saveQr = button(ctx.t('assign.qrDownload'), () => {
    const picture = qr.querySelector('svg');
    if (!picture) return;
    const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(picture)}\n`;
    downloadText(`precedent-${scenario.value}-qr.svg`, text, 'image/svg+xml');
  });
  update();
  return el(
    'section',
    { attrs: { id: 'assign', 'aria-labelledby': 'assign-h' } },
    el('h2', { text: ctx.t('assign.heading'), attrs: { id: 'assign-h' } }),
    el('p', { text: ctx.t('assign.intro') }),
    el(
      'div',
      { class: 'assign-grid' },
      el(
        'div',
        {},
        field(ctx.t('assign.scenario'), scenario),
        field(ctx.t('assign.lng'), lng),
        mode.box,
        field(ctx.t('assign.class'), classLabel, ctx.t('assign.classHint')),
      ),
      el(
        'div',
        {},
        field(ctx.t('assign.link'), output),
        copy,
        status,
        qr,
        el('div', { class: 'actions no-print' }, enlarge, saveQr),
      ),
    ),
  );
}
