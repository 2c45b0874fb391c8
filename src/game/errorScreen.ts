// The calm screen for errors the game cannot recover from: what happened in one sentence, a way
// back to the menu, and a short technical detail a teacher can report. Its words live here, not
// in the locale files, because a failed locale load may be the very error it reports.
import { button, h } from './dom/h';

const WORDS: Record<string, { title: string; body: string; detail: string; back: string }> = {
  en: {
    title: 'Something went wrong',
    body: 'The game stopped because of an error. Your progress up to the last step is saved.',
    detail: 'Technical detail for your teacher',
    back: 'Back to the menu',
  },
  ru: {
    title: 'Что-то пошло не так',
    body: 'Игра остановилась из-за ошибки. Ход игры до последнего шага сохранён.',
    detail: 'Техническая информация для учителя',
    back: 'Вернуться в меню',
  },
  hy: {
    title: 'Ինչ-որ բան սխալ գնաց',
    body: 'Խաղը կանգ առավ սխալի պատճառով։ Խաղի ընթացքը մինչև վերջին քայլը պահպանված է։',
    detail: 'Տեխնիկական տեղեկություն ուսուցչի համար',
    back: 'Վերադառնալ ընտրացանկ',
  },
};

/** One line a teacher can copy: the error and where it happened, without the whole stack. */
export function errorDetail(reason: unknown): string {
  const e = reason instanceof Error ? reason : new Error(String(reason));
  const where = e.stack?.split('\n').find((l) => /:\d+:\d+\)?$/.test(l.trim()));
  const at = where
    ?.trim()
    .replace(/^at\s+/, '')
    .replace(/^.*\//, '')
    .replace(/\)$/, '');
  return `${e.name}: ${e.message}${at ? ` (${at})` : ''}`.slice(0, 300);
}

let shown: HTMLElement | null = null;

/**
 * Hides the game and shows the error screen (once; later errors are added to the detail).
 * `back` returns to the menu; a fresh start is the only state known to be sound after an error.
 */
export function showErrorScreen(reason: unknown, back: () => void): void {
  const detail = errorDetail(reason);
  if (shown) {
    shown.querySelector('.fatal-detail code')?.append(`\n${detail}`);
    return;
  }
  const lng = document.documentElement.lang;
  const w = WORDS[lng] ?? WORDS.en;
  if (!w) return;
  shown = h(
    'section',
    {
      class: 'fatal',
      attrs: { role: 'alert', 'aria-labelledby': 'fatal-title', lang: lng in WORDS ? lng : 'en' },
    },
    h('h1', { text: w.title, attrs: { id: 'fatal-title', tabindex: '-1' } }),
    h('p', { text: w.body }),
    h(
      'details',
      { class: 'fatal-detail', attrs: { open: true } },
      h('summary', { text: w.detail }),
      h('code', { text: detail }),
    ),
    button(w.back, back, 'btn primary', { 'data-action': 'fatal-menu' }),
  );
  document.getElementById('boot')?.remove();
  const app = document.getElementById('app');
  if (app) app.hidden = true;
  for (const d of document.querySelectorAll('dialog')) d.remove();
  document.body.append(shown);
  shown.querySelector<HTMLElement>('h1')?.focus();
}

/** Shows the screen for uncaught errors and unhandled rejections. They still reach the console. */
export function watchForFatalErrors(back: () => void): void {
  window.addEventListener('error', (e) => {
    // Browsers report this benign layout notice as an error event; it stops nothing.
    if (/^ResizeObserver loop/.test(e.message)) return;
    showErrorScreen(e.error ?? e.message, back);
  });
  window.addEventListener('unhandledrejection', (e) => showErrorScreen(e.reason, back));
}
