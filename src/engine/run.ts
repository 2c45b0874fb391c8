// A running scenario: the small query/command API the game uses (view, send, save), backed by
// an XState actor of the compiled machine. Restoring a save replays its event log, so a save
// can never put the engine in a state it could not have reached by play.

import { type Actor, createActor, type SnapshotFrom, transition } from 'xstate';
import {
  type EngineEvent,
  type LogEntry,
  type NodeView,
  type Result,
  type RunContext,
  SAVE_FORMAT,
  type SaveError,
  type SaveV1,
} from './api';
import type { CompiledScenario } from './compiled';
import { nextOf, type ScenarioMachine } from './machine';
import { successors } from './transitions';
import { buildView } from './view';

export interface Run {
  readonly scenario: CompiledScenario;
  /** The view model of the current node. */
  view(): NodeView;
  /** Sends an event; returns false (and changes nothing) when the event is not allowed now. */
  send(e: EngineEvent): boolean;
  /** Whether `e` would be accepted now. */
  can(e: EngineEvent): boolean;
  /**
   * The views one step ahead: one per event the student can send now (each open choice, a right
   * and a wrong answer, continue). The run does not move. The game prepares these pages while the
   * student reads, so a choice shows a page that is already laid out.
   */
  ahead(): Ahead[];
  save(): SaveV1;
  readonly node: string;
  readonly context: RunContext;
  readonly done: boolean;
  /** Stops the actor (a finished or abandoned run). */
  stop(): void;
}

export interface Ahead {
  event: EngineEvent;
  view: NodeView;
}

class ActorRun implements Run {
  private readonly actor: Actor<ScenarioMachine>;
  constructor(
    readonly scenario: CompiledScenario,
    seed: number,
  ) {
    this.actor = createActor(scenario.machine, { input: { seed } });
    this.actor.start();
  }
  get node(): string {
    return this.actor.getSnapshot().context.node;
  }
  get context(): RunContext {
    return this.actor.getSnapshot().context;
  }
  get done(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }
  view(): NodeView {
    return buildView(this.scenario, this.node, this.context);
  }
  can(e: EngineEvent): boolean {
    return this.actor.getSnapshot().can(e);
  }
  ahead(): Ahead[] {
    const snap: SnapshotFrom<ScenarioMachine> = this.actor.getSnapshot();
    if (snap.status === 'done') return [];
    const out: Ahead[] = [];
    const { node, vars } = snap.context;
    for (const { event } of successors(this.scenario, { node, vars })) {
      // XState's pure transition: assigns are applied to a new snapshot, nothing is executed.
      const [next] = transition(this.scenario.machine, snap, event);
      out.push({ event, view: buildView(this.scenario, next.context.node, next.context) });
    }
    return out;
  }
  send(e: EngineEvent): boolean {
    const snap = this.actor.getSnapshot();
    if (snap.can(e)) {
      this.actor.send(e);
      return true;
    }
    // Refused. If the reason is a number the engine cannot carry, say so instead of a bare false
    // (the validator's range check keeps shipped scenarios from getting here).
    nextOf(this.scenario, snap.context, e);
    return false;
  }
  save(): SaveV1 {
    const s = this.scenario.scenario;
    return {
      format: SAVE_FORMAT,
      scenario: s.id,
      contentVersion: s.contentVersion,
      seed: this.context.seed,
      log: this.context.log,
      savedAt: new Date().toISOString(),
    };
  }
  stop(): void {
    this.actor.stop();
  }
}

export function startRun(c: CompiledScenario, seed: number): Run {
  return new ActorRun(c, seed >>> 0);
}

/** Replays `log` from the start; fails naming the first event the engine would not accept. */
export function replay(c: CompiledScenario, seed: number, log: readonly LogEntry[]): Result<Run, SaveError> {
  const run = startRun(c, seed);
  for (const [i, entry] of log.entries()) {
    const { node, ...event } = entry;
    if (run.node !== node || !run.send(event as EngineEvent)) {
      run.stop();
      return {
        ok: false,
        error: { kind: 'replay', detail: `event ${i + 1} (${entry.type} at '${node}') does not apply` },
      };
    }
  }
  return { ok: true, value: run };
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** An answer of a known shape: the machine's guards assume one, and a damaged save must not reach them otherwise. */
function isAnswer(a: unknown): boolean {
  if (!isObj(a)) return false;
  if (a.type === 'single') return typeof a.option === 'string';
  if (a.type === 'truefalse') return typeof a.value === 'boolean';
  if (a.type === 'multiple' || a.type === 'order') return isStrings(a.options);
  return false;
}

function isLogEntry(v: unknown): v is LogEntry {
  if (!isObj(v) || typeof v.node !== 'string') return false;
  if (v.type === 'node.continue') return true;
  if (v.type === 'choice.select') return typeof v.choice === 'string';
  if (v.type === 'reason.select') return typeof v.reason === 'string';
  if (v.type === 'quiz.answer')
    return (
      typeof v.item === 'string' &&
      isAnswer(v.answer) &&
      (v.sure === undefined || typeof v.sure === 'boolean')
    );
  return false;
}

/**
 * Bounds on what restoreRun reads, checked before parsing and before replaying. A save holds one
 * log entry (about 50 characters) per step; the longest shipped play is under 50 steps and a result
 * code carries at most 500, so these leave room for longer scenarios while a hostile save (a loop
 * walked a million times) costs at most MAX_SAVE_EVENTS replay steps. Replay copies the log per
 * step, so its cost grows with the square of the length: 20,000 steps took 15 s, 2,000 well under 1 s.
 */
export const MAX_SAVE_EVENTS = 2_000;
export const MAX_SAVE_CHARS = 2_000_000;

/** Checks a save's size, shape and versions, then replays it. Accepts parsed JSON or a JSON string. */
export function restoreRun(c: CompiledScenario, save: unknown): Result<Run, SaveError> {
  let data = save;
  if (typeof save === 'string') {
    if (save.length > MAX_SAVE_CHARS) {
      const detail = `${save.length} characters, more than a save can hold (${MAX_SAVE_CHARS})`;
      return { ok: false, error: { kind: 'corrupt', detail } };
    }
    try {
      data = JSON.parse(save);
    } catch (e) {
      return { ok: false, error: { kind: 'corrupt', detail: `not JSON: ${(e as Error).message}` } };
    }
  }
  if (!isObj(data)) return { ok: false, error: { kind: 'corrupt', detail: 'not an object' } };
  if (data.format !== SAVE_FORMAT) return { ok: false, error: { kind: 'format', found: data.format } };
  const s = c.scenario;
  if (data.scenario !== s.id)
    return { ok: false, error: { kind: 'otherScenario', found: String(data.scenario) } };
  if (data.contentVersion !== s.contentVersion) {
    const found = typeof data.contentVersion === 'number' ? data.contentVersion : Number.NaN;
    return { ok: false, error: { kind: 'contentVersion', found, expected: s.contentVersion } };
  }
  if (typeof data.seed !== 'number' || !Number.isInteger(data.seed) || data.seed < 0) {
    return { ok: false, error: { kind: 'corrupt', detail: 'seed is missing or invalid' } };
  }
  if (Array.isArray(data.log) && data.log.length > MAX_SAVE_EVENTS) {
    const detail = `event log of ${data.log.length} steps, more than a save can hold (${MAX_SAVE_EVENTS})`;
    return { ok: false, error: { kind: 'corrupt', detail } };
  }
  if (!Array.isArray(data.log) || !data.log.every(isLogEntry)) {
    return { ok: false, error: { kind: 'corrupt', detail: 'event log is missing or malformed' } };
  }
  return replay(c, data.seed, data.log);
}
