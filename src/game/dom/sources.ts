// Sources and documents as the student sees them: a list of citations a click away, and
// documents as "paper" (inline, or in a modal dialog opened from a button).
import type { DocumentView, SourceView } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import type { ScreenContext } from './context';
import { button, h } from './h';

/** Only web addresses become links: a `javascript:` or `data:` URL in content must never be clickable. */
const webUrl = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

export function sourceList(ctx: ScreenContext, sources: SourceView[]): HTMLElement {
  return h(
    'ul',
    { class: 'source-list' },
    ...sources.map((s) =>
      h(
        'li',
        { attrs: { 'data-source': s.id } },
        h(
          'a',
          {
            attrs: {
              href: webUrl(s.url),
              target: '_blank',
              rel: 'noopener noreferrer',
              // Sighted mouse users see where the link goes; screen readers hear it below.
              title: ctx.ui('play.sourceLink'),
            },
          },
          // A citation stays as published: not translated (nor pseudo-localised).
          h('span', { text: s.title, attrs: { lang: s.language, translate: 'no' } }),
          // A link that opens a new tab says so (WCAG 3.2.5), in the student's language.
          h('span', { class: 'sr-only', text: `, ${ctx.ui('play.sourceLink')}`, attrs: { lang: ctx.lng } }),
        ),
        h('span', {
          class: 'source-meta',
          text: `${s.outlet} · ${formatIsoDate(s.date, ctx.ui)}`,
          attrs: { translate: 'no' },
        }),
        h('span', { class: 'source-note', text: ctx.tx(s.outletNote) }),
      ),
    ),
  );
}

/**
 * A collapsed "N sources" disclosure: sources stay one click away without crowding the text. The
 * list is built when first opened: most pages are read without opening it, and a closed list
 * still costs its elements' style and layout-tree work every time the page is shown.
 */
export function sourcesDisclosure(ctx: ScreenContext, sources: SourceView[]): HTMLElement | null {
  if (sources.length === 0) return null;
  const details = h(
    'details',
    { class: 'sources' },
    h('summary', { text: ctx.ui('play.sources', { count: sources.length }) }),
  );
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(sourceList(ctx, sources));
  });
  return details;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => h('p', { text: p.trim() }));

export function documentPaper(ctx: ScreenContext, d: DocumentView, headingId?: string): HTMLElement {
  const meta = [
    d.issuer ? ctx.ui('doc.issuer', { name: ctx.tx(d.issuer.name) }) : '',
    d.date ? formatIsoDate(d.date, ctx.ui) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return h(
    'article',
    { class: 'paper', attrs: { 'data-document': d.id } },
    // h2: on a document page the papers sit right under the page's h1 (no level skipped).
    h('h2', { text: ctx.tx(d.title), attrs: { id: headingId } }),
    meta ? h('p', { class: 'paper-meta', text: meta }) : null,
    h('div', { class: 'paper-body' }, ...paragraphs(ctx.tx(d.text))),
    sourcesDisclosure(ctx, d.sources),
  );
}

export function openDocument(ctx: ScreenContext, d: DocumentView): void {
  const id = `doc-${d.id}-title`;
  const dialog = h('dialog', { class: 'dialog document', attrs: { 'aria-labelledby': id } });
  dialog.append(
    documentPaper(ctx, d, id),
    h(
      'div',
      { class: 'dialog-actions' },
      button(ctx.ui('doc.close'), () => dialog.close(), 'btn primary'),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

export { paragraphs };
