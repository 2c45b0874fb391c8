// Player settings (text size, reduced motion, high contrast): stored, applied to <html> as data
// attributes the stylesheet reads, and edited in a native modal <dialog>. No sound setting: the
// game has no sound. Every toggle shows its state (aria-pressed, drawn as a box that fills).
import type { Ui, UiKey } from '../../i18n/keys';
import { type KeyValueStore, readJson, SETTINGS_KEY } from '../../platform/storage';
import { button, h } from './h';

export type TextSize = 'normal' | 'large' | 'larger';
export interface Settings {
  textSize: TextSize;
  reducedMotion: boolean;
  highContrast: boolean;
}

const SIZES: TextSize[] = ['normal', 'large', 'larger'];

export function loadSettings(store: KeyValueStore): Settings {
  const prefersLess = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const saved = readJson(store, SETTINGS_KEY) as Partial<Settings> | undefined;
  return {
    textSize: SIZES.includes(saved?.textSize as TextSize) ? (saved?.textSize as TextSize) : 'normal',
    reducedMotion: typeof saved?.reducedMotion === 'boolean' ? saved.reducedMotion : prefersLess,
    highContrast: typeof saved?.highContrast === 'boolean' ? saved.highContrast : false,
  };
}

export function applySettings(s: Settings): void {
  const root = document.documentElement;
  root.dataset.textSize = s.textSize;
  root.dataset.motion = s.reducedMotion ? 'reduced' : 'full';
  root.dataset.contrast = s.highContrast ? 'high' : 'normal';
}

function toggle(label: string, on: boolean, change: (v: boolean) => void) {
  const b = button(
    label,
    () => {
      const next = b.getAttribute('aria-pressed') !== 'true';
      b.setAttribute('aria-pressed', String(next));
      change(next);
    },
    'btn toggle',
    { 'aria-pressed': String(on) },
  );
  return b;
}

/** Opens the settings dialog; `onChange` receives every edit (already applied). */
export function openSettings(ui: Ui, current: Settings, onChange: (s: Settings) => void): HTMLDialogElement {
  let s = { ...current };
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    applySettings(s);
    onChange(s);
  };
  const sizeKey: Record<TextSize, UiKey> = {
    normal: 'settings.sizeNormal',
    large: 'settings.sizeLarge',
    larger: 'settings.sizeLarger',
  };
  const sizes = h('div', { class: 'segmented', attrs: { role: 'group', 'aria-labelledby': 'set-size' } });
  for (const size of SIZES) {
    const b = button(
      ui(sizeKey[size]),
      () => {
        for (const other of sizes.querySelectorAll('button')) other.setAttribute('aria-pressed', 'false');
        b.setAttribute('aria-pressed', 'true');
        update({ textSize: size });
      },
      'btn toggle',
      { 'aria-pressed': String(s.textSize === size) },
    );
    sizes.append(b);
  }
  const dialog = h(
    'dialog',
    { class: 'dialog settings', attrs: { 'aria-labelledby': 'set-title' } },
    h('h2', { text: ui('settings.title'), attrs: { id: 'set-title' } }),
    h('p', { class: 'field-label', text: ui('settings.textSize'), attrs: { id: 'set-size' } }),
    sizes,
    h(
      'div',
      { class: 'toggles' },
      toggle(ui('settings.reducedMotion'), s.reducedMotion, (v) => update({ reducedMotion: v })),
      toggle(ui('settings.highContrast'), s.highContrast, (v) => update({ highContrast: v })),
    ),
    h(
      'div',
      { class: 'dialog-actions' },
      button(ui('settings.close'), () => dialog.close(), 'btn primary'),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
