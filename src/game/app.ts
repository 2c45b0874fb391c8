// The app's screens: the shell, the menu, briefing, play and debrief drawn from the flow
// machine's state (flow.ts), which decides where the student is and what happens next. This
// class draws, forwards what the student does as events, and switches language or settings
// at any moment without losing the run.
import type { Actor } from 'xstate';
import {
  type CompiledScenario,
  correctAnswer,
  debriefView,
  isCorrect,
  type QuizAnswer,
  type SaveError,
} from '../engine';
import type { Translator } from '../i18n';
import { loadFonts } from '../i18n/fonts';
import type { UiKey } from '../i18n/keys';
import { MARK, markOnce } from '../platform/marks';
import { type KeyValueStore, LAST_KEY, SETTINGS_KEY } from '../platform/storage';
import type { AssignmentSession } from './assignmentSession';
import { pageText } from './dom/announce';
import { renderBriefing } from './dom/briefing';
import { type ScreenContext, scenarioNs, st } from './dom/context';
import { renderDebrief } from './dom/debrief';
import { wrongAnswers } from './dom/debriefSummary';
import { openMeterGuide } from './dom/guide';
import { type Place, ScreenHistory, screenTitle } from './dom/history';
import { renderMenu } from './dom/menu';
import type { Verdict } from './dom/quizFeedback';
import { applySettings, loadSettings, openSettings, type Settings } from './dom/settings';
import { createShell, type Shell } from './dom/shell';
import type { FlowContext, FlowEvent, flowMachine } from './flow';
import type { LmsRules } from './lms';
import { PlaySession } from './playSession';
import { stageModel } from './stageModel';

export const SAVE_NOTICE: Record<SaveError['kind'], UiKey> = {
  corrupt: 'notice.saveCorrupt',
  format: 'notice.saveCorrupt',
  replay: 'notice.saveCorrupt',
  contentVersion: 'notice.saveVersion',
  otherScenario: 'notice.saveOther',
};

export interface AppOptions {
  root: HTMLElement;
  store: KeyValueStore;
  translator: Translator;
  scenarios: CompiledScenario[];
  lng: string;
  onLanguage(lng: string): void;
  /** A teacher's assignment from the link (banner, mode, result code, SCORM). */
  assignment?: AssignmentSession;
  /** Inside an LMS (SCORM package): its own scenario only, one graded attempt (see ./lms.ts). */
  lms?: LmsRules;
  /** Shown once before the first screen, e.g. why an assignment link could not be read. */
  notice?: string;
}

type FlowActor = Actor<typeof flowMachine>;

export class App {
  private lng: string;
  private play?: PlaySession;
  private settings: Settings;
  readonly shell: Shell;
  private flow?: FlowActor;
  /** The step last drawn on the play screen, so a redraw is told from a new step. */
  private drawnSteps = -1;
  /** A draw the flow asked for while taking an event, done once its new state is settled. */
  private drawWanted?: { focus: boolean };
  private readonly history = new ScreenHistory((to) => this.goTo(to));

  constructor(private readonly o: AppOptions) {
    this.lng = o.lng;
    this.settings = loadSettings(o.store);
    applySettings(this.settings);
    this.shell = createShell(o.root, o.translator.languages, {
      menu: () => this.send({ type: 'menu.open' }),
      language: (lng) => void this.setLanguage(lng),
      settings: () => this.openSettings(),
    });
  }

  /** Starts the flow (made in main.ts, with its effects provided) at the first screen. */
  start(flow: FlowActor): void {
    this.flow = flow;
    // Screens ask the settled state what it allows (snapshot.can), so they are drawn after the
    // transition that asked for them, not from inside it.
    flow.subscribe((snap) => {
      const want = this.drawWanted;
      this.drawWanted = undefined;
      if (want) this.drawNow(snap.context, want.focus);
    });
    if (this.o.notice) this.shell.notice(this.o.notice, this.ctx.ui('notice.dismiss'));
    flow.start();
    const { assignment, lms, store, scenarios } = this.o;
    const assigned = assignment?.assignment.scenario ?? null;
    const c = scenarios.find((x) => x.scenario.id === assigned);
    flow.send({
      type: 'app.start',
      assigned,
      lmsRun: c ? (lms?.resume(c) ?? null) : null,
      last: store.get(LAST_KEY),
    });
    if (!store.usable) flow.send({ type: 'storage.failed' });
    // Fetch the stage (Phaser and the atlas) while the student reads the menu.
    setTimeout(() => void import('./stage').then((m) => m.countriesLoaded()).catch(() => undefined), 800);
  }

  send(e: FlowEvent): void {
    this.flow?.send(e);
  }

  private get ctx(): ScreenContext {
    const t = this.o.translator;
    return { lng: this.lng, ui: t.ui, tx: t.tx };
  }

  /** The `draw` effect: the screen is drawn once the flow's new state is settled. */
  draw(focus: boolean): void {
    this.drawWanted = { focus: focus || this.drawWanted?.focus === true };
  }

  private drawNow(flow: FlowContext, focus: boolean): void {
    const { ctx, shell } = this;
    // No menu link where the flow would not open the menu (inside an LMS).
    shell.header(ctx.ui, this.lng, flow.screen !== 'menu' && this.can({ type: 'menu.open' }));
    if (flow.screen !== 'playing') {
      this.play?.unmount();
      this.drawnSteps = -1;
    }
    if (flow.screen === 'menu') {
      const inProgress = (id: string) => flow.readSave(id) !== null;
      const list = [...flow.scenarios.values()].map((c) => c.scenario);
      shell.main.replaceChildren(
        renderMenu(ctx, list, inProgress, (id) => this.send({ type: 'scenario.pick', id })),
      );
    } else if (flow.screen === 'briefing') this.drawBriefing(flow);
    else if (flow.screen === 'playing') this.drawPlay(flow, focus);
    else if (flow.screen === 'debrief') this.drawDebrief(flow);
    if (flow.screen === 'boot') return;
    // Every screen's title names it; a play's names the scenario (its steps are not screens).
    const h1 = shell.main.querySelector('h1')?.textContent ?? '';
    const c = flow.id ? flow.scenarios.get(flow.id) : undefined;
    document.title = screenTitle(
      ctx.ui,
      flow.screen,
      h1,
      c ? st(ctx, c.scenario, c.scenario.meta.title) : '',
    );
    this.history.drawn({ screen: flow.screen, id: flow.id });
    if (focus && flow.screen !== 'playing') {
      shell.main.focus({ preventScroll: true });
      globalThis.scrollTo?.({ top: 0 });
      shell.announce(h1);
    }
  }

  /** Back or Forward asked for screen `to`: the flow's own events take the student there. */
  private goTo(to: Place): void {
    const now = this.flow?.getSnapshot().context;
    if (!now) return;
    const at = (screen: string) => now.screen === screen && now.id === to.id;
    if (to.screen === 'menu') {
      this.send({ type: 'menu.open' });
      return;
    }
    if (to.screen === 'debrief') {
      if (at('playing')) this.send({ type: 'play.debrief' });
      return;
    }
    if (!at('briefing') && to.id) {
      if (this.flow?.getSnapshot().context.screen !== 'menu') this.send({ type: 'menu.open' });
      this.send({ type: 'scenario.pick', id: to.id });
    }
    if (to.screen === 'playing') this.send({ type: 'play.resume' });
  }

  /** Practice and free play grade a knowledge check in place; an assessment keeps it for the debrief. */
  private get assessed(): boolean {
    return this.o.assignment?.assignment.mode === 'assessment';
  }

  private verdict(c: CompiledScenario, itemId: string, answer: QuizAnswer): Verdict {
    const item = c.scenario.quiz.find((q) => q.id === itemId);
    return {
      correct: item ? isCorrect(item, answer) : false,
      right: item ? correctAnswer(item) : answer,
      explanation: item ? this.o.translator.tx({ key: item.explanation, ns: scenarioNs(c.scenario) }) : '',
    };
  }

  /** Whether the flow would take `e` now: screens offer only the actions it allows. */
  private can(e: FlowEvent): boolean {
    return this.flow?.getSnapshot().can(e) === true;
  }

  private drawBriefing(flow: FlowContext): void {
    const c = flow.scenarios.get(flow.id as string) as CompiledScenario;
    const begin: FlowEvent = { type: 'play.begin' };
    const resume: FlowEvent = { type: 'play.resume' };
    const menu: FlowEvent = { type: 'menu.open' };
    this.shell.main.replaceChildren(
      renderBriefing(
        this.ctx,
        c.scenario,
        {
          start: this.can(begin) ? () => this.send(begin) : undefined,
          resume: this.can(resume) ? () => this.send(resume) : undefined,
          back: this.can(menu) ? () => this.send(menu) : undefined,
        },
        this.o.assignment?.assignment.mode ?? 'free',
      ),
    );
  }

  private drawPlay(flow: FlowContext, focus: boolean): void {
    const run = flow.run;
    if (!run) return;
    this.play ??= new PlaySession();
    const play = this.play;
    if (!this.shell.main.contains(play.panelElement)) play.mount(this.shell.main);
    const { assignment } = this.o;
    const view = assignment?.view(run.view()) ?? run.view();
    const c = run.scenario;
    const { ctx, settings } = this;
    const path = [...run.context.path];
    const stepped = flow.steps !== this.drawnSteps && this.drawnSteps >= 0;
    this.drawnSteps = flow.steps;
    const prepared = play.update(ctx, view, {
      // Built after the panel has been painted, for the latest step only (see PlaySession).
      model: () => stageModel(ctx, c.scenario, view, path, settings),
      act: {
        send: (e) => this.send({ type: 'play.step', event: e }),
        debrief: () => this.send({ type: 'play.debrief' }),
        check: this.assessed ? undefined : (item, answer) => this.verdict(c, item, answer),
        meters: () => openMeterGuide(ctx, c.scenario),
      },
      focus,
      cause: stepped ? (flow.cause ?? undefined) : undefined,
      // Asked at idle, while the student reads; an assignment shows each view its own way.
      ahead: () => run.ahead().map((a) => ({ event: a.event, view: assignment?.view(a.view) ?? a.view })),
      banner: assignment?.banner(),
    });
    // For `npm run bench` (choice → node latency).
    markOnce(MARK.nodeDrawn, { prepared });
    // The new page's text, read into the one persistent live region once the page is shown.
    if (focus) this.shell.announceFrom(() => pageText(this.shell.main));
  }

  private drawDebrief(flow: FlowContext): void {
    const run = flow.run;
    const c = run?.scenario;
    if (!c || !run) return;
    const again: FlowEvent = { type: 'play.begin' };
    const done: FlowEvent = { type: 'debrief.done' };
    this.shell.main.replaceChildren(
      renderDebrief(this.ctx, c.scenario, debriefView(c, run), {
        playAgain: this.can(again) ? () => this.send(again) : undefined,
        // Inside an LMS, a panel saying what the LMS received replaces the result-code panel.
        extra: this.o.lms?.panel() ?? this.o.assignment?.debriefPanel(run),
        choose: this.can(done) ? () => this.send(done) : undefined,
        grade: (itemId, answer) => this.verdict(c, itemId, answer),
        wrong: wrongAnswers(this.ctx, c.scenario, run.context.answers),
      }),
    );
  }

  /** Says in one sentence why a save could not be restored (the `saveProblem` effect). */
  saveNotice(kind: SaveError['kind']): void {
    this.shell.notice(this.ctx.ui(SAVE_NOTICE[kind]), this.ctx.ui('notice.dismiss'));
  }

  /** Says once that saving failed; play goes on (the `warnStorage` effect). */
  storageNotice(): void {
    this.shell.notice(this.ctx.ui('notice.storage'), this.ctx.ui('notice.dismiss'));
  }

  async setLanguage(lng: string): Promise<void> {
    const meta = this.o.translator.languages[lng];
    if (!meta || lng === this.lng) return;
    await Promise.all([this.o.translator.setLanguage(lng), loadFonts(meta)]);
    this.lng = lng;
    this.o.onLanguage(lng);
    this.send({ type: 'app.redraw' });
    document.querySelector<HTMLElement>(`[data-lng="${lng}"]`)?.focus();
    this.shell.announce(meta.name);
  }

  private openSettings(): void {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = openSettings(this.ctx.ui, this.settings, (s) => {
      this.settings = s;
      this.o.store.set(SETTINGS_KEY, JSON.stringify(s));
      this.send({ type: 'app.redraw' });
    });
    dialog.addEventListener('close', () => opener?.focus());
  }
}
