// What the persistent live region says after a step: the new page's text (the story, and a
// knowledge check's question), each piece of text once, read from the page actually shown.

/** Text nodes under `el`, trimmed and joined by spaces (so "name" and "badge" do not run together). */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const t = n.textContent?.trim();
    if (t) parts.push(t);
  }
  return parts.join(' ');
}

/** The shown play page's text (pages prepared for the next step sit hidden beside it). */
export function pageText(main: Element): string {
  const page = main.querySelector('.panel-inner');
  if (!page) return '';
  return [...page.querySelectorAll('[data-story], .quiz-prompt, .choices > h2')]
    .map(textOf)
    .filter(Boolean)
    .join(' ');
}
