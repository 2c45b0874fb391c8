// The play screen's frame: a persistent stage element holding the Phaser canvas (created once,
// lazily, and moved between renders) beside the DOM panel, plus the keyboard shortcuts.
import type { NodeView } from '../engine/api';
import type { ScreenContext } from './dom/context';
import { h } from './dom/h';
import { type PlayActions, playKeys, renderPanel } from './dom/play';
import type { StageModel } from './stage/keys';

type StageApi = { show(m: StageModel): void; destroy(): void };

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
  private lastModel?: StageModel;
  private readonly onKey = playKeys(this.panel);

  /** Puts the frame into `main` (a fresh screen) and starts listening for shortcut keys. */
  mount(main: HTMLElement): void {
    main.replaceChildren(h('div', { class: 'screen play' }, this.stageEl, this.panel));
    document.addEventListener('keydown', this.onKey);
  }

  unmount(): void {
    document.removeEventListener('keydown', this.onKey);
  }

  /** Redraws the panel and stage; returns once the panel accepts input. */
  update(ctx: ScreenContext, v: NodeView, model: StageModel, act: PlayActions, focus: boolean): void {
    this.panel.replaceChildren(renderPanel(ctx, v, act));
    this.waitText.textContent = ctx.ui('loading.stage');
    if (focus) {
      this.panel.scrollTop = 0;
      globalThis.scrollTo?.({ top: 0 });
      const first = this.panel.querySelector<HTMLElement>(
        '.choice:not([disabled]), .quiz button:not([disabled]), [data-action="continue"], [data-action="debrief"]',
      );
      first?.focus({ preventScroll: true });
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
