// How the play screen swaps pages without laying out what did not change: patching a page in
// place, and hiding a prepared page from sight, screen readers and the Tab key until it is shown.

/**
 * Puts `next` into `parent` in place of its children, keeping every old child that is equal to
 * the new one at its position (`isEqualNode`: same markup and text). A kept node keeps its layout,
 * so only what changed between two nodes is laid out and painted again.
 */
export function patchChildren(parent: Element, next: readonly Node[]): void {
  let cur = parent.firstChild;
  for (const n of next) {
    if (cur?.isEqualNode(n)) {
      cur = cur.nextSibling;
    } else if (cur) {
      parent.replaceChild(n, cur);
      cur = n.nextSibling;
    } else parent.append(n);
  }
  while (cur) {
    const after: ChildNode | null = cur.nextSibling;
    cur.remove();
    cur = after;
  }
}

/** What the Tab key can reach in a page (renderers never set tabindex themselves). */
const FOCUSABLE = 'button, a[href], summary, input, select, textarea';

/**
 * Hides a page from sight (`.panel-next`: no height, transparent), from screen readers
 * (aria-hidden) and from the Tab key (tabindex -1 on what it could reach). Not `visibility` nor
 * `inert`: both are inherited, so showing the page again would restyle every element in it
 * (measured 5–7 ms more per choice at 4× CPU); these change only attributes and the page's own style.
 * Returns the elements taken out of the tab order, for `reveal`.
 */
export function conceal(page: HTMLElement): Element[] {
  page.className = 'panel-next';
  page.setAttribute('aria-hidden', 'true');
  const muted = [...page.querySelectorAll(FOCUSABLE)];
  for (const el of muted) el.setAttribute('tabindex', '-1');
  return muted;
}

export function reveal(page: HTMLElement, muted: readonly Element[]): void {
  for (const el of muted) el.removeAttribute('tabindex');
  page.removeAttribute('aria-hidden');
  page.className = 'panel-inner';
}
