// The app controller: which screen is showing, the running scenario, saving after every step,
// resuming, and switching language or settings at any moment without losing the run.
import {
  type CompiledScenario,
  debriefView,
  type EngineEvent,
  isCorrect,
  newSeed,
  type Run,
  restoreRun,
  type SaveError,
  startRun,
} from '../engine';
import type { Translator } from '../i18n';
import { loadFonts } from '../i18n/fonts';
import { whenIdle } from '../platform/idle';
import { type KeyValueStore, LAST_KEY, readJson, SETTINGS_KEY, saveKey } from '../platform/storage';
import type { AssignmentSession } from './assignmentSession';
import { renderBriefing } from './dom/briefing';
import { type ScreenContext, scenarioNs, st } from './dom/context';
import { renderDebrief } from './dom/debrief';
import { renderMenu } from './dom/menu';
import { applySettings, loadSettings, openSettings, type Settings } from './dom/settings';
import { createShell, type Shell } from './dom/shell';
import type { LmsRules } from './lms';
import { PlaySession } from './playSession';
import { stageModel } from './stageModel';

type Screen = { name: 'menu' } | { name: 'briefing' | 'play' | 'debrief'; id: string };

const SAVE_NOTICE: Record<SaveError['kind'], string> = {
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

export class App {
  private screen: Screen = { name: 'menu' };
  private lng: string;
  private run?: Run;
  private play?: PlaySession;
  private settings: Settings;
  private readonly shell: Shell;
  private readonly byId: Map<string, CompiledScenario>;
  private storageWarned = false;
  private savePending = false;
  private scenarioMarked = false;

  constructor(private readonly o: AppOptions) {
    this.lng = o.lng;
    this.byId = new Map(o.scenarios.map((c) => [c.scenario.id, c]));
    this.settings = loadSettings(o.store);
    applySettings(this.settings);
    this.shell = createShell(o.root, o.translator.languages, {
      menu: () => this.show({ name: 'menu' }),
      language: (lng) => void this.setLanguage(lng),
      settings: () => this.openSettings(),
    });
    // A step not yet written (persistSoon) is written before the page goes away or is hidden.
    addEventListener('pagehide', () => this.flushSave());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flushSave();
    });
  }

  /** The first screen: the scenario left unfinished last time, or the menu. */
  start(): void {
    if (this.o.notice) this.shell.notice(this.o.notice, this.ctx.ui('notice.dismiss'));
    const assigned = this.o.assignment?.assignment.scenario;
    if (assigned && this.byId.has(assigned)) this.startAssignment(assigned);
    else this.startFree();
    if (!this.o.store.usable) this.warnStorage();
    performance.mark('menu-ready');
    // Fetch the stage (Phaser and the atlas) while the student reads the menu.
    setTimeout(() => void import('./stage').then((m) => m.countriesLoaded()).catch(() => undefined), 800);
  }

  /** An assignment opens its scenario: resumed from the LMS or this browser, else its briefing. */
  private startAssignment(id: string): void {
    // LMS: a run the LMS saved; one it has already graded opens at its debrief.
    const lms = this.o.lms?.resume(this.byId.get(id) as CompiledScenario);
    if (lms) {
      this.run?.stop();
      this.run = lms;
      this.persist();
      if (this.o.lms?.openAt() === 'result' && lms.done) this.show({ name: 'debrief', id });
      else this.enterPlay(id);
    } else if (this.o.lms?.openAt() === 'result') this.show({ name: 'briefing', id });
    else if (this.o.store.get(saveKey(id)) !== null) this.resume(id);
    else this.show({ name: 'briefing', id });
  }

  private startFree(): void {
    const last = this.o.store.get(LAST_KEY);
    if (last && this.byId.has(last) && this.o.store.get(saveKey(last)) !== null) this.resume(last);
    else this.show({ name: 'menu' });
  }

  private get ctx(): ScreenContext {
    const t = this.o.translator;
    return { lng: this.lng, ui: t.ui, tx: t.tx };
  }

  private show(wanted: Screen): void {
    const screen = this.lmsScreen(wanted); // LMS: its own scenario only
    this.flushSave(); // the menu and briefing read the saves
    if (this.screen.name === 'play' && screen.name !== 'play') {
      this.play?.unmount();
      this.o.store.remove(LAST_KEY);
    }
    this.screen = screen;
    this.render(true);
  }

  /** LMS call site: a package never shows the menu or another scenario; it stays on its own. */
  private lmsScreen(s: Screen): Screen {
    const lms = this.o.lms;
    const own = this.o.assignment?.assignment.scenario;
    if (!lms || !own || (s.name !== 'menu' && lms.allowsScenario(s.id))) return s;
    return this.run?.done && this.run.scenario.scenario.id === own
      ? { name: 'debrief', id: own }
      : { name: 'briefing', id: own };
  }

  private render(moveFocus: boolean): void {
    const { ctx, screen, shell } = this;
    document.title = ctx.ui('app.name');
    shell.header(ctx.ui, this.lng, screen.name !== 'menu' && !this.o.lms); // LMS: no menu link
    if (screen.name === 'menu') {
      const inProgress = (id: string) => this.o.store.get(saveKey(id)) !== null;
      const scenarios = [...this.byId.values()].map((c) => c.scenario);
      shell.main.replaceChildren(
        renderMenu(ctx, scenarios, inProgress, (id) => this.show({ name: 'briefing', id })),
      );
    } else if (screen.name === 'briefing') this.renderBriefing(screen.id);
    else if (screen.name === 'play') this.renderPlay(moveFocus);
    else this.renderDebrief(screen.id);
    if (moveFocus && screen.name !== 'play') {
      shell.main.focus({ preventScroll: true });
      globalThis.scrollTo?.({ top: 0 });
    }
  }

  private renderBriefing(id: string): void {
    const c = this.byId.get(id);
    if (!c) {
      this.show({ name: 'menu' });
      return;
    }
    const hasSave = this.o.store.get(saveKey(id)) !== null;
    // An assessment is one attempt: once begun it can be continued, not started again.
    // LMS: no new run once the LMS holds this attempt's grade.
    const oneAttempt =
      (this.o.assignment?.retry === false && hasSave) || this.o.lms?.allowsNewRun() === false;
    this.shell.main.replaceChildren(
      renderBriefing(this.ctx, c.scenario, {
        start: oneAttempt ? undefined : () => this.begin(id),
        resume: hasSave ? () => this.resume(id) : undefined,
        back: this.o.lms ? undefined : () => this.show({ name: 'menu' }), // LMS: no way to the menu
      }),
    );
  }

  private begin(id: string): void {
    const c = this.byId.get(id);
    if (!c) return;
    this.flushSave(); // the run being replaced keeps its last step
    this.run?.stop();
    this.run = startRun(c, newSeed());
    this.o.assignment?.started();
    this.persist();
    this.enterPlay(id);
  }

  private resume(id: string): void {
    const c = this.byId.get(id);
    if (!c) return;
    this.flushSave();
    const restored = restoreRun(c, readJson(this.o.store, saveKey(id)));
    if (!restored.ok) {
      this.o.store.remove(saveKey(id));
      this.shell.notice(this.ctx.ui(SAVE_NOTICE[restored.error.kind]), this.ctx.ui('notice.dismiss'));
      this.begin(id);
      return;
    }
    this.run?.stop();
    this.run = restored.value;
    this.enterPlay(id);
  }

  private enterPlay(id: string): void {
    this.o.store.set(LAST_KEY, id);
    this.play ??= new PlaySession();
    this.scenarioMarked = false;
    this.screen = { name: 'play', id };
    this.shell.header(this.ctx.ui, this.lng, !this.o.lms); // LMS: no menu link
    this.play.mount(this.shell.main);
    this.renderPlay(true);
  }

  private renderPlay(moveFocus: boolean, cause?: EngineEvent): void {
    const { run, play } = this;
    if (!run || !play) {
      this.show({ name: 'menu' });
      return;
    }
    if (!this.shell.main.contains(play.panelElement)) play.mount(this.shell.main);
    const view = this.o.assignment?.view(run.view()) ?? run.view();
    const c = run.scenario;
    const { ctx, settings } = this;
    const path = [...run.context.path];
    const { assignment } = this.o;
    const prepared = play.update(ctx, view, {
      // Built after the panel has been painted, for the latest step only (see PlaySession).
      model: () => stageModel(ctx, c.scenario, view, path, settings),
      act: {
        send: (e) => this.step(e),
        debrief: () => this.show({ name: 'debrief', id: c.scenario.id }),
      },
      focus: moveFocus,
      cause,
      // Asked at idle, while the student reads; an assignment shows each view its own way.
      ahead: () => run.ahead().map((a) => ({ event: a.event, view: assignment?.view(a.view) ?? a.view })),
      banner: assignment?.banner(),
    });
    // For `npm run bench` (choice → node latency); cleared first so marks do not pile up.
    performance.clearMarks('node-drawn');
    performance.mark('node-drawn', { detail: { prepared } });
    if (!this.scenarioMarked) {
      this.scenarioMarked = true;
      performance.mark('scenario-ready');
    }
  }

  private step(e: EngineEvent): void {
    if (!this.run?.send(e)) return;
    this.persistSoon();
    this.o.lms?.onStep(this.run); // LMS: suspend data, location, interactions; grade at the end
    this.renderPlay(true, e);
  }

  /**
   * Saves the step once the new node has been painted (a click does not wait for JSON and
   * localStorage), or at once if the page is being left first: a reload right after a choice
   * resumes at the new node.
   */
  private persistSoon(): void {
    if (this.savePending) return;
    this.savePending = true;
    requestAnimationFrame(() => whenIdle(() => this.flushSave()));
  }

  private flushSave(): void {
    if (!this.savePending) return;
    this.savePending = false;
    this.persist();
  }

  /** Saves the run now; a failed write is explained once and play goes on. */
  private persist(): void {
    this.savePending = false;
    const run = this.run;
    if (!run) return;
    const ok = this.o.store.set(saveKey(run.scenario.scenario.id), JSON.stringify(run.save()));
    if (!ok) this.warnStorage();
  }

  private warnStorage(): void {
    if (this.storageWarned) return;
    this.storageWarned = true;
    this.shell.notice(this.ctx.ui('notice.storage'), this.ctx.ui('notice.dismiss'));
  }

  private renderDebrief(id: string): void {
    const c = this.byId.get(id);
    const run = this.run;
    if (!c || !run || run.scenario !== c) {
      this.show({ name: 'menu' });
      return;
    }
    const title = st(this.ctx, c.scenario, c.scenario.meta.title);
    const ns = scenarioNs(c.scenario);
    this.shell.main.replaceChildren(
      renderDebrief(this.ctx, title, debriefView(c, run), {
        // LMS: one graded attempt, its own scenario only, and a panel saying what the LMS got.
        playAgain: this.o.assignment?.retry === false || this.o.lms ? undefined : () => this.begin(id),
        extra: this.o.lms?.panel() ?? this.o.assignment?.debriefPanel(run),
        choose: this.o.lms
          ? undefined
          : () => {
              this.savePending = false;
              this.o.store.remove(saveKey(id));
              this.show({ name: 'menu' });
            },
        grade: (itemId, answer) => {
          const item = c.scenario.quiz.find((q) => q.id === itemId);
          return {
            correct: item ? isCorrect(item, answer) : false,
            explanation: item ? this.o.translator.tx({ key: item.explanation, ns }) : '',
          };
        },
      }),
    );
  }

  async setLanguage(lng: string): Promise<void> {
    const meta = this.o.translator.languages[lng];
    if (!meta || lng === this.lng) return;
    await Promise.all([this.o.translator.setLanguage(lng), loadFonts(meta)]);
    this.lng = lng;
    this.o.onLanguage(lng);
    this.render(false);
    document.querySelector<HTMLElement>(`[data-lng="${lng}"]`)?.focus();
    this.shell.announce(meta.name);
  }

  private openSettings(): void {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = openSettings(this.ctx.ui, this.settings, (s) => {
      this.settings = s;
      this.o.store.set(SETTINGS_KEY, JSON.stringify(s));
      if (this.screen.name === 'play') this.renderPlay(false);
    });
    dialog.addEventListener('close', () => opener?.focus());
  }
}
