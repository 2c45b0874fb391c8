// Element builders for the teacher page. Text goes in only through `textContent` and attribute
// values, never markup, so names from result codes and locale text can never become HTML.

type Child = Node | string | null | undefined | false;
export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (e: HTMLElementEventMap[K]) => void }>;
}

function setAttrs(el: Element, attrs: Props['attrs'] = {}): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

const present = (c: Child): c is Node | string => c !== null && c !== undefined && c !== false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  setAttrs(e, props.attrs);
  for (const [type, fn] of Object.entries(props.on ?? {})) e.addEventListener(type, fn as EventListener);
  e.append(...children.filter(present));
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Props['attrs'] = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  e.append(...children.filter(present));
  return e;
}

export function button(label: string, onClick: () => void, attrs: Props['attrs'] = {}, cls = 'btn') {
  return el('button', {
    class: cls,
    text: label,
    attrs: { type: 'button', ...attrs },
    on: { click: onClick },
  });
}

/** A labelled form control: the label's `for` points at the control's id. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return el(
    'div',
    { class: 'field' },
    el('label', { text: label, attrs: { for: id } }),
    control,
    hint ? el('p', { class: 'hint', text: hint }) : null,
  );
}
