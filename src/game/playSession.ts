// The play screen's frame: a persistent stage element holding the Phaser canvas (created once,
// lazily, and moved between renders) beside the DOM panel, plus the keyboard shortcuts. While the
// student reads, the pages the next step can bring are prepared (built, styled and laid out,
// hidden); a choice then only shows one of them.
import type { EngineEvent, NodeView } from '../engine';
import { whenIdle } from '../platform/idle';
import { MARK, markOnce } from '../platform/marks';
import type { ScreenContext } from './dom/context';
import { h } from './dom/h';
import { conceal, patchChildren, reveal } from './dom/pages';
import { type PlayActions, playKeys, renderPanel } from './dom/play';
import { StepScheduler } from './scheduler';
import type { StageModel } from './stage/keys';

type StageApi = { hold(): void; draw(m: () => StageModel): void; destroy(): void };

/** What one redraw of the play screen needs (see PlaySession.update). */
export interface PlayUpdate {
  /** The stage's model, built only once the panel has been painted. */
  model: () => StageModel;
  act: PlayActions;
  /** A step, not a redraw in place: move focus to the first action, scroll to the top. */
  focus: boolean;
  /** The event that led here, if this is a step. */
  cause?: EngineEvent;
  /** What the next step can bring (Run.ahead); those pages are prepared while the student reads. */
  ahead: () => { event: EngineEvent; view: NodeView }[];
  /** Shown above the page (an assignment's banner). */
  banner?: HTMLElement;
}

/**
 * Pages prepared at most per step. A decision rarely offers more choices, and each page costs a
 * few milliseconds of idle time and a little memory.
 */
const MAX_AHEAD = 6;
/** Idle work still runs within this time on a page that is never idle. */
const PREPARE_WITHIN_MS = 2000;
/**
 * Preparing starts this long after the page is painted: a student who clicks on at once (a
 * replay, a quick "continue") never waits for pages being prepared, one who reads gets them.
 */
const PREPARE_AFTER_MS = 300;

/** Two views draw the same page in the same language exactly when their keys are equal. */
const pageKey = (ctx: ScreenContext, v: NodeView) => `${ctx.lng}\n${JSON.stringify(v)}`;
/** The same for the event that brings a page: cheap to compute in the click. */
const eventKey = (ctx: ScreenContext, e: EngineEvent) => `${ctx.lng}\n${JSON.stringify(e)}`;

/** A page prepared for one event the student can send now. */
interface Prepared {
  page: HTMLElement;
  /** What conceal() took out of the tab order. */
  muted: Element[];
  /** eventKey: a step by that event, in that language, shows this page. */
  event: string;
  /** pageKey of its view: another event can bring the same page (any wrong answer, say). */
  key: string;
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
  private readonly sched = new StepScheduler();
  private readonly onKey = playKeys(this.panel);
  /** The page on screen (`.panel-inner`) and its id prefix. */
  private page?: HTMLElement;
  private banner?: HTMLElement;
  /** Prepared pages, hidden (`.panel-next`) after the shown page. */
  private prepared: Prepared[] = [];
  private serial = 0;

  /** Puts the frame into `main` (a fresh screen) and starts listening for shortcut keys. */
  mount(main: HTMLElement): void {
    main.replaceChildren(h('div', { class: 'screen play' }, this.stageEl, this.panel));
    document.addEventListener('keydown', this.onKey);
  }

  unmount(): void {
    document.removeEventListener('keydown', this.onKey);
    this.sched.flush('swap');
    this.dropPrepared();
    this.sched.begin();
  }

  /**
   * Forgets the prepared pages and stops any preparation still waiting for idle time. They are
   * hidden already; taking them out of the document waits for idle time too.
   */
  private dropPrepared(): void {
    const gone = this.prepared.map((p) => p.page);
    this.prepared = [];
    if (gone.length > 0)
      whenIdle(() => {
        for (const p of gone) p.remove();
      });
  }

  /** The prepared page for this step, if there is one: by its event, else by its view. */
  private takePrepared(
    ctx: ScreenContext,
    v: NodeView,
    cause: EngineEvent | undefined,
  ): Prepared | undefined {
    const event = cause ? eventKey(ctx, cause) : undefined;
    let hit = this.prepared.find((p) => p.event === event);
    if (!hit && this.prepared.length > 0) {
      const key = pageKey(ctx, v);
      hit = this.prepared.find((p) => p.key === key);
    }
    if (hit) this.prepared = this.prepared.filter((p) => p !== hit);
    return hit;
  }

  /**
   * Redraws the panel and stage; returns whether the page had been prepared ahead. Returns once
   * the panel accepts input; the stage model is built after the panel has been painted.
   */
  update(ctx: ScreenContext, v: NodeView, o: PlayUpdate): boolean {
    // Every redraw starts from the page on screen, and nothing scheduled for the last one runs.
    this.sched.flush('swap');
    const ready = this.takePrepared(ctx, v, o.cause);
    this.dropPrepared();
    this.sched.begin();
    if (ready) {
      // Built, styled and laid out at this width while hidden. It is shown at the start of the
      // next frame, not here: the mouse release that follows this click then updates :hover and
      // :active over an unchanged page, and the new page is styled and laid out once, in the
      // frame that paints it, instead of once here, again for the release and again in the frame.
      const old = this.page;
      this.page = ready.page;
      this.sched.frame('swap', () => this.swap(old, ready, o.focus));
    } else if (this.page?.parentNode === this.panel) {
      // Same id prefix as the shown page, so unchanged parts compare equal and stay as they are.
      const shown = this.page;
      const fresh = renderPanel(
        ctx,
        v,
        this.fromPage(o.act, () => shown),
        shown.dataset.idp,
      );
      for (const name of ['data-node', 'data-kind'])
        this.page.setAttribute(name, fresh.getAttribute(name) ?? '');
      patchChildren(this.page, [...fresh.childNodes]);
    } else {
      this.page = this.newPage(ctx, v, o.act);
      this.panel.replaceChildren(this.page);
    }
    this.setBanner(o.banner);
    if (this.waitText.textContent !== ctx.ui('loading.stage'))
      this.waitText.textContent = ctx.ui('loading.stage');
    if (o.focus && !ready) this.topAndFocus();
    this.lastModel = o.model;
    if (this.stage) {
      // A choice must not wait for the map: no WebGL frame before the panel's; the redraw comes
      // once the new panel has been painted, and rapid steps coalesce into one.
      this.stage.hold();
      this.sched.afterPaint('stage', () => this.stage?.draw(o.model));
    } else void this.startStage();
    // Once the page is painted and a moment has passed: the next pages, one per idle period.
    this.sched.after('prepare', PREPARE_AFTER_MS, () => this.prepare(ctx, o));
    return ready !== undefined;
  }

  /** Shows a prepared page in place of `old` (see update); runs in a frame, before its paint. */
  private swap(old: HTMLElement | undefined, ready: Prepared, focus: boolean): void {
    // Read while layout is still clean (the release updated it): no extra layout just to know.
    const scrolled = this.panel.scrollTop !== 0 || (globalThis.scrollY ?? 0) !== 0;
    reveal(ready.page, ready.muted);
    // Out of the layout before focus() forces one, so that layout is the frame's only one; its
    // attributes (conceal) wait until focus has left it.
    if (old) old.className = 'panel-next';
    // Focus never stays in a page being hidden.
    if (focus || old?.contains(document.activeElement)) this.focusFirst();
    if (scrolled) this.toTop();
    if (old) {
      // After focus has left it: aria-hidden must never cover the focused element.
      conceal(old);
      whenIdle(() => old.remove());
    }
  }

  private newPage(ctx: ScreenContext, v: NodeView, act: PlayActions): HTMLElement {
    const idp = `p${++this.serial}-`;
    const page: HTMLElement = renderPanel(
      ctx,
      v,
      this.fromPage(act, () => page),
      idp,
    );
    page.dataset.idp = idp;
    return page;
  }

  /**
   * `act` for the controls of one page: they act only while it is the page on screen. A page is
   * still shown for a frame after its step (see update), and a second Enter or click on it then
   * would act on the next node, which the student has not seen: a page skipped unread.
   */
  private fromPage(act: PlayActions, page: () => HTMLElement): PlayActions {
    const current = () => page() === this.page && !this.sched.isWaiting('swap');
    return {
      ...act, // check and meters act on nothing that moves on: no guard
      send: (e) => current() && act.send(e),
      debrief: () => current() && act.debrief(),
    };
  }

  private setBanner(banner: HTMLElement | undefined): void {
    if (banner && this.banner?.isConnected && this.banner.isEqualNode(banner)) return; // unchanged
    this.banner?.remove();
    this.banner = banner;
    if (banner) this.panel.prepend(banner);
  }

  /**
   * For a page drawn in the click (not prepared): focuses its first action now, and scrolls to the
   * top in the frame that paints it (reading a scroll position needs layout; by then it is done).
   */
  private topAndFocus(): void {
    this.focusFirst();
    this.sched.frame('scroll', () => this.toTop());
  }

  /** Focuses the shown page's first action, unless focus is somewhere else (a dialog). */
  private focusFirst(): void {
    const first = this.page?.querySelector<HTMLElement>(
      '.choice:not([disabled]), .quiz button:not([disabled]), [data-action="continue"], [data-action="debrief"]',
    );
    const now = document.activeElement;
    const free = !now || now === document.body || this.panel.contains(now); // not a dialog
    if (first && free) first.focus({ preventScroll: true });
  }

  private toTop(): void {
    if (this.panel.scrollTop !== 0) this.panel.scrollTop = 0;
    if ((globalThis.scrollY ?? 0) !== 0) globalThis.scrollTo({ top: 0 });
  }

  /** Builds the pages the next step can bring, hidden after the shown one, one per idle period. */
  private prepare(ctx: ScreenContext, o: PlayUpdate): void {
    this.sched.idle(
      'prepare',
      () => {
        const ahead = o.ahead();
        const next = (i: number) => {
          const a = ahead[i];
          if (!a || this.prepared.length >= MAX_AHEAD) {
            markOnce(MARK.pagesPrepared, { pages: this.prepared.length }); // for tests and the bench
            return;
          }
          const key = pageKey(ctx, a.view);
          // Events that bring the same page (all wrong answers) share it: look up by view then.
          if (!this.prepared.some((p) => p.key === key)) {
            const page = this.newPage(ctx, a.view, o.act);
            const muted = conceal(page);
            this.prepared.push({ page, muted, event: eventKey(ctx, a.event), key });
            this.panel.append(page);
          }
          this.sched.idle('prepare', () => next(i + 1), PREPARE_WITHIN_MS);
        };
        next(0);
      },
      PREPARE_WITHIN_MS,
    );
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
      if (this.lastModel) this.stage.draw(this.lastModel);
      performance.mark(MARK.stageReady); // the Phaser stage is up (npm run bench)
    })();
    return this.starting;
  }

  destroy(): void {
    this.unmount();
    this.stage?.destroy();
  }
}
