// Shapes of the running engine: events a player sends, the machine's context, the view model a
// screen draws from, saves and diagnostics. Text is always a key with parameters, never a string.

import type { IsoDate, NodeKind, QuizAnswer, TextKey } from './types';

// ---- events (dot-named, typed payloads) ----
export type EngineEvent =
  | { type: 'node.continue' }
  | { type: 'choice.select'; choice: string }
  /** Why the student chose what they just chose (one of the reasons offered for it). */
  | { type: 'reason.select'; reason: string }
  /** `sure`: the student's confidence in the answer, when they said (older logs have none). */
  | { type: 'quiz.answer'; item: string; answer: QuizAnswer; sure?: boolean };

/** One accepted event, in order; replaying the log reproduces the run exactly. */
export type LogEntry = EngineEvent & { node: string };

export type VarValue = number | boolean;

export interface RunContext {
  /** The current node (the machine's state is its phase: reading, choosing, answering, ended). */
  node: string;
  vars: Record<string, VarValue>;
  /** Values before the last accepted event, so a screen can animate each meter's change. */
  prevVars: Record<string, VarValue>;
  /** Feedback key of the choice or answer that led to the current node, if any (and of the reason given). */
  feedback: { key: TextKey; correct?: boolean; reason?: TextKey } | null;
  score: Record<string, number>;
  /** Quiz answers given inside the story, by item id. */
  answers: Record<string, { correct: boolean; answer: QuizAnswer; sure?: boolean }>;
  /** Nodes entered, in order (the student's path). */
  path: string[];
  log: LogEntry[];
  /** Seeds the option shuffle, so a replay shows the same order. */
  seed: number;
}

// ---- view model ----
export interface Text {
  key: TextKey;
  /** Namespace of the key (scenario namespace or `common`). */
  ns: string;
  params?: Record<string, string | number>;
}

export interface ChoiceView {
  id: string;
  label: Text;
  available: boolean;
  /** Why it is unavailable, when it is not. */
  reason?: Text;
}

export interface MeterView {
  id: string;
  label: Text;
  value: number;
  min: number;
  max: number;
  /** Change caused by the last step (for animation), 0 if none. */
  delta: number;
  /** Why the last step's choice moved this meter, when it moved it and says why. */
  why?: Text;
}

export interface SourceView {
  id: string;
  outlet: string;
  outletNote: Text;
  title: string;
  date: IsoDate;
  language: string;
  url: string;
}

export interface DocumentView {
  id: string;
  title: Text;
  text: Text;
  issuer?: { id: string; name: Text };
  date?: IsoDate;
  sources: SourceView[];
}

export interface QuizOptionView {
  id: string;
  label: Text;
}
export interface QuizView {
  item: string;
  type: 'single' | 'multiple' | 'truefalse' | 'order';
  prompt: Text;
  /** Shuffled with the run's seed; empty for true/false. */
  options: QuizOptionView[];
}

export interface NodeView {
  scenario: string;
  node: string;
  kind: NodeKind;
  /** Main text (narration, line, document body, decision prompt, ending text). */
  text?: Text;
  title?: Text;
  speaker?: { id: string; name: Text; emblem?: string; opinion: boolean };
  place?: { id: string; name: Text; lat: number; lon: number };
  date?: IsoDate;
  choices: ChoiceView[];
  quiz?: QuizView;
  documents: DocumentView[];
  sources: SourceView[];
  meters: MeterView[];
  score: Record<string, number>;
  /** Steps taken and an estimate of the total, for a progress bar. */
  progress: { step: number; estimate: number };
  outcome?: 'historical' | 'hypothetical';
  /** Feedback for the choice or answer that led here. */
  feedback?: Text;
  /** Feedback on the reason the student gave for that choice, if the decision asked why. */
  reasonFeedback?: Text;
  /** On a reason page: the choice the student is giving a reason for. */
  chosen?: Text;
  done: boolean;
}

// ---- diagnostics ----
export type Severity = 'error' | 'warning';
export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `schema.unknownField`, `ref.unknownNode`, `graph.unreachable`. */
  code: string;
  /** Path inside the document, e.g. `['nodes', 'intro', 'next']`. */
  path: (string | number)[];
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
  /** Filled in by the loader where the format has lines. */
  file?: string;
  line?: number;
  column?: number;
}

// ---- saves ----
export const SAVE_FORMAT = 1;
export interface SaveV1 {
  format: 1;
  scenario: string;
  contentVersion: number;
  seed: number;
  /** The event log: restoring replays it, so a save can never hold a state the engine could not reach. */
  log: LogEntry[];
  savedAt: string;
}
export type SaveError =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'format'; found: unknown }
  | { kind: 'otherScenario'; found: string }
  | { kind: 'contentVersion'; found: number; expected: number }
  | { kind: 'replay'; detail: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
