// What a student needs to know to play, shared by the briefing and the play screen: what each
// meter measures and how to read its direction, how decisions and answers are scored, and the
// "What the meters mean" dialog a button opens during play (on demand, not on hover).
import type { Scenario } from '../../engine';
import { type ScreenContext, st } from './context';
import { button, h } from './h';

/** The scenario's meters with their descriptions, as a definition list. */
export function meterList(ctx: ScreenContext, s: Scenario): HTMLElement | null {
  const meters = Object.entries(s.variables).filter(([, v]) => v.type === 'meter');
  if (meters.length === 0) return null;
  return h(
    'dl',
    { class: 'guide-list' },
    ...meters.flatMap(([id, v]) =>
      v.type === 'meter'
        ? [
            h('dt', { text: st(ctx, s, v.label), attrs: { 'data-meter': id } }),
            h('dd', { text: v.description ? st(ctx, s, v.description) : '' }),
          ]
        : [],
    ),
  );
}

/** The scoring axes with what earns their points. */
export function axisList(ctx: ScreenContext, s: Scenario): HTMLElement {
  return h(
    'dl',
    { class: 'guide-list' },
    ...Object.entries(s.axes).flatMap(([id, a]) => [
      h('dt', { text: st(ctx, s, a.label), attrs: { 'data-axis': id } }),
      h('dd', { text: st(ctx, s, a.description) }),
    ]),
  );
}

/** The meters dialog opened from the play screen; focus returns to the opener on close. */
export function openMeterGuide(ctx: ScreenContext, s: Scenario): HTMLDialogElement {
  const opener = document.activeElement as HTMLElement | null;
  const dialog = h(
    'dialog',
    { class: 'dialog meter-guide', attrs: { 'aria-labelledby': 'meter-guide-title' } },
    h('h2', { text: ctx.ui('guide.metersTitle'), attrs: { id: 'meter-guide-title' } }),
    h('p', { text: ctx.ui('guide.metersIntro') }),
    meterList(ctx, s),
    h(
      'div',
      { class: 'dialog-actions' },
      button(ctx.ui('settings.close'), () => dialog.close(), 'btn primary', { 'data-action': 'close' }),
    ),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
