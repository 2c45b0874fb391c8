// The play screen's frame: a persistent stage element holding the Phaser canvas (created once,
// lazily, and moved between renders) beside the DOM panel, plus the keyboard shortcuts.
import type { NodeView } from '../engine/api';
import type { ScreenContext } from './dom/context';
import { h } from './dom/h';
import { type PlayActions, playKeys, renderPanel } from './dom/play';
import type { StageModel } from './stage/keys';

type StageApi = { show(m: () => StageModel): void; destroy(): void };

/**
 * Puts `next` into `parent` in place of its children, keeping every old child that is equal to
 * the new one at its position (`isEqualNode`: same markup and text). A kept node keeps its layout,
 * so only what changed between two nodes is laid out and painted again.
 */
function patchChildren(parent: Element, next: readonly Node[]): void {
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

export class PlaySession {
  private readonly stageEl = h('div', { class: 'stage', attrs: { 'aria-hidden': 'true', 'data-stage': '' } });
  private readonly waitText = h('span', { class: 'stage-wait-text' });
  private readonly waitBar = h('progress', { attrs: { max: '2', value: '0' } });
  private readonly waiting = h('div', { class: 'stage-wait' }, this.waitText, this.waitBar);
  private readonly panel = h('div', { class: 'panel' });
  private stage?: StageApi;
  get panelElement(): HTMLElement {
    return this.panel;
  }
  private starting?: Promise<void>;
  private lastModel?: () => StageModel;
  private focusToken = 0;
  private readonly onKey = playKeys(this.panel);

  /** Puts the frame into `main` (a fresh screen) and starts listening for shortcut keys. */
  mount(main: HTMLElement): void {
    main.replaceChildren(h('div', { class: 'screen play' }, this.stageEl, this.panel));
    document.addEventListener('keydown', this.onKey);
  }

  unmount(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  /**
   * Redraws the panel and stage; returns once the panel accepts input. The stage model is built
   * later, after the panel has been painted (`model` is only called then).
   */
  update(ctx: ScreenContext, v: NodeView, model: () => StageModel, act: PlayActions, focus: boolean): void {
    if (focus) {
      // Before the DOM changes, while layout is still clean: no forced synchronous layout.
      if (this.panel.scrollTop !== 0) this.panel.scrollTop = 0;
      if ((globalThis.scrollY ?? 0) !== 0) globalThis.scrollTo({ top: 0 });
    }
    const fresh = renderPanel(ctx, v, act);
    const inner = this.panel.firstElementChild;
    if (inner?.classList.contains('panel-inner') && this.panel.childElementCount === 1) {
      for (const name of ['data-node', 'data-kind']) inner.setAttribute(name, fresh.getAttribute(name) ?? '');
      patchChildren(inner, [...fresh.childNodes]);
    } else this.panel.replaceChildren(fresh);
    if (this.waitText.textContent !== ctx.ui('loading.stage'))
      this.waitText.textContent = ctx.ui('loading.stage');
    if (focus) {
      const first = this.panel.querySelector<HTMLElement>(
        '.choice:not([disabled]), .quiz button:not([disabled]), [data-action="continue"], [data-action="debrief"]',
      );
      // In the frame that paints the new node: focusing now would force a style and layout pass
      // here and another one in the frame. Keys pressed before then still work (playKeys).
      const token = ++this.focusToken;
      if (first)
        requestAnimationFrame(() => {
          const now = document.activeElement;
          const free = !now || now === document.body || this.panel.contains(now); // not a dialog
          if (token === this.focusToken && first.isConnected && free) first.focus({ preventScroll: true });
        });
    }
    this.lastModel = model;
    if (this.stage) this.stage.show(model);
    else void this.startStage();
  }

  private startStage(): Promise<void> {
    this.starting ??= (async () => {
      this.stageEl.append(this.waiting);
      // Two files stand between the student and the map: the Phaser chunk and the atlas.
      const { createStage, countriesLoaded } = await import('./stage');
      this.waitBar.value = 1;
      this.stage = await createStage(this.stageEl);
      await countriesLoaded().catch(() => undefined);
      this.waitBar.value = 2;
      this.waiting.remove();
      if (this.lastModel) this.stage.show(this.lastModel);
      performance.mark('stage-ready'); // the Phaser stage is up (npm run bench)
    })();
    return this.starting;
  }

  destroy(): void {
    this.unmount();
    this.stage?.destroy();
  }
}
