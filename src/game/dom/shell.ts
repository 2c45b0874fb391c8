// The page frame around every screen: header (title, way back to the menu, language picker,
// settings), a dismissible notice, the main area, and a polite live region for announcements.
import type { Ui } from '../../i18n/keys';
import type { LanguageMeta } from '../../i18n/languages';
import { button, fill, h } from './h';

export interface ShellActions {
  menu(): void;
  language(lng: string): void;
  settings(): void;
}

export interface Shell {
  main: HTMLElement;
  /** Redraws the header in the current language. */
  header(ui: Ui, lng: string, showMenuLink: boolean): void;
  notice(text: string | null, dismissLabel?: string): void;
  announce(text: string): void;
  /** Announces what `text()` returns once the next frame has shown the new page. */
  announceFrom(text: () => string): void;
}

export function createShell(
  root: HTMLElement,
  languages: Record<string, LanguageMeta>,
  act: ShellActions,
): Shell {
  const skip = h('a', { class: 'skip', attrs: { href: '#main' } });
  const bar = h('header', { class: 'topbar' });
  const noticeBox = h('div', { class: 'notice-slot' });
  const main = h('main', { attrs: { id: 'main', tabindex: '-1' } });
  const live = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', id: 'announcer' } });
  root.replaceChildren(skip, bar, noticeBox, main, live);

  return {
    main,
    header(ui, lng, showMenuLink) {
      skip.textContent = ui('app.skip');
      const picker = h('div', {
        class: 'lang-picker',
        attrs: { role: 'group', 'aria-label': ui('lang.label') },
      });
      for (const [code, meta] of Object.entries(languages)) {
        picker.append(
          button(meta.name, () => act.language(code), 'btn lang', {
            lang: code,
            'aria-pressed': String(code === lng),
            'data-lng': code,
          }),
        );
      }
      fill(
        bar,
        h(
          'div',
          { class: 'brand' },
          h('span', { class: 'brand-mark', attrs: { 'aria-hidden': 'true' } }),
          h('span', { class: 'brand-name', text: ui('app.name') }),
        ),
        h(
          'nav',
          { class: 'top-actions', attrs: { 'aria-label': ui('app.name') } },
          showMenuLink ? button(ui('nav.menu'), act.menu, 'btn ghost', { 'data-action': 'menu' }) : null,
          button(ui('settings.open'), act.settings, 'btn ghost', { 'data-action': 'settings' }),
        ),
        picker,
      );
    },
    notice(text, dismissLabel = 'OK') {
      if (!text) return fill(noticeBox);
      const box = h(
        'div',
        { class: 'notice', attrs: { role: 'status' } },
        h('p', { text }),
        button(dismissLabel, () => fill(noticeBox), 'btn small', { 'data-action': 'dismiss' }),
      );
      fill(noticeBox, box);
    },
    announce(text) {
      this.announceFrom(() => text);
    },
    announceFrom(text) {
      // Clearing first makes screen readers repeat an identical message. The region is on the
      // page from the start and only its text changes: the pattern screen readers do announce.
      live.textContent = '';
      requestAnimationFrame(() => {
        live.textContent = text();
      });
    },
  };
}
