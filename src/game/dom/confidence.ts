// "How sure are you?" beside a knowledge check: two native radio buttons in a fieldset, so they
// are reached by Tab and changed with the arrow keys like any radio group, and read as one
// question by screen readers. Answering without marking either records no confidence.
import type { ScreenContext } from './context';
import { h } from './h';

export interface Confidence {
  el: HTMLElement;
  /** Reads the mark (true = sure, false = not sure, undefined = not said) and disables the field. */
  lock(): boolean | undefined;
}

export function confidenceField(ctx: ScreenContext, name: string): Confidence {
  const radio = (value: 'sure' | 'unsure', label: string) => {
    const input = h('input', { attrs: { type: 'radio', name, value, 'data-confidence': value } });
    return { input, row: h('label', { class: 'confidence-option' }, input, h('span', { text: label })) };
  };
  const sure = radio('sure', ctx.ui('confidence.sure'));
  const unsure = radio('unsure', ctx.ui('confidence.unsure'));
  const el = h(
    'fieldset',
    { class: 'confidence' },
    h('legend', { text: ctx.ui('confidence.legend') }),
    sure.row,
    unsure.row,
  );
  const checked = (x: HTMLElement) => (x as HTMLInputElement).checked;
  return {
    el,
    lock: () => {
      for (const x of [sure.input, unsure.input]) (x as HTMLInputElement).disabled = true;
      return checked(sure.input) ? true : checked(unsure.input) ? false : undefined;
    },
  };
}
