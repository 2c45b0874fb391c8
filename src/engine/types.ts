// The scenario format and the engine's public shapes: the one contract shared by the validator,
// the compiler, the game, the teacher page and the tools. Scenario files hold structure only;
// every visible string is a locale key (namespace = scenario id unless `meta.namespace` says).

import type { StageData } from './stageTypes';

/** A key into `locales/<lng>/<namespace>.json`, dot-separated (i18next `keySeparator: '.'`). */
export type TextKey = string;
/** ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;
/** Source text of an expression in our own small language (see `expr/`). */
export type ExprSource = string;

export interface Scenario {
  /** Equals the file name without extension; lower-case letters, digits and dashes. */
  id: string;
  /** Bumped whenever a change would make old saves or result codes replay differently. */
  contentVersion: number;
  meta: ScenarioMeta;
  /** Who speaks or acts: states, bodies, people, the narrator. */
  parties: Record<string, Party>;
  places: Record<string, Place>;
  sources: Record<string, Source>;
  /** Documents a player can open and read (a court ruling, a ministry statement, a news report). */
  documents: Record<string, ScenarioDocument>;
  /** Meters, flags and numbers the story tracks; effects and conditions may use only these. */
  variables: Record<string, VariableDecl>;
  /** Scoring axes; `knowledge` is fed by quiz answers, the others by choice rubrics. */
  axes: Record<string, Axis>;
  start: string;
  nodes: Record<string, ScenarioNode>;
  /** Quiz items: `check` nodes ask some inside the story; the whole bank is offered at the debrief. */
  quiz: QuizItem[];
  debrief: Debrief;
  /** What the map shows beyond places: parties, their relations, press lines (optional). */
  stage?: StageData;
}

export interface ScenarioMeta {
  title: TextKey;
  summary: TextKey;
  /** The player's (fictional) seat, e.g. "junior member of the defence team". */
  role: TextKey;
  /** Party id whose side the player's seat is on. */
  seat: string;
  era: { from: IsoDate; to: IsoDate };
  /** Place ids, in the order a card lists them. */
  places: string[];
  minutes: number;
  objectives: TextKey[];
  contentNotes: TextKey[];
  /** Locale namespace holding this scenario's text; defaults to the scenario id. */
  namespace?: string;
}

export interface Party {
  name: TextKey;
  /** Asset name of an emblem or portrait in `assets/` (original art only). */
  emblem?: string;
  kind: 'state' | 'body' | 'person' | 'media' | 'narrator' | 'fictional';
}

export interface Place {
  name: TextKey;
  lat: number;
  lon: number;
}

export interface Source {
  outlet: string;
  /** One line on who the outlet is, so students can weigh it. */
  outletNote: TextKey;
  /** The title as published, in its own language (a citation, not prose to translate). */
  title: string;
  date: IsoDate;
  /** BCP 47 code of the source's language. */
  language: string;
  url: string;
  /** Id in `../shared/facts/history.md` (e.g. `A10`, `B14`) or a seed file, for fact-checkers. */
  ref?: string;
}

export interface ScenarioDocument {
  title: TextKey;
  /** The body, paraphrased; short attributed quotations of public statements only. */
  text: TextKey;
  /** Party id of the issuer (a court, a ministry), if any. */
  issuer?: string;
  date?: IsoDate;
  sources: string[];
}

export type VariableDecl =
  | { type: 'meter'; label: TextKey; min: number; max: number; initial: number; description?: TextKey }
  | { type: 'number'; min: number; max: number; initial: number }
  | { type: 'flag'; initial: boolean };

export interface Axis {
  label: TextKey;
  description: TextKey;
}

/** Where a non-decision node goes: one target, or the first branch whose `when` holds. */
export type Next = string | Branch[];
export interface Branch {
  /** Omitted on the last branch (the fall-through). */
  when?: ExprSource;
  to: string;
}

interface NodeBase {
  date?: IsoDate;
  place?: string;
  /** Source ids backing what the node states. Required on decisions and on factual nodes. */
  sources?: string[];
  /** Effects applied when the node is entered (e.g. `attention += 5`). */
  effects?: ExprSource[];
  /** Ids of documents (from `documents`) the player can open from this node. */
  documents?: string[];
}

export interface NarrationNode extends NodeBase {
  kind: 'narration';
  text: TextKey;
  next: Next;
}
export interface DialogueNode extends NodeBase {
  kind: 'dialogue';
  speaker: string;
  text: TextKey;
  /** Marks the line as an opinion (shown as such), not a statement of fact. */
  opinion?: boolean;
  next: Next;
}
/** Puts one document on screen to be read before going on. */
export interface DocumentNode extends NodeBase {
  kind: 'document';
  document: string;
  next: Next;
}
export interface DecisionNode extends NodeBase {
  kind: 'decision';
  text: TextKey;
  speaker?: string;
  choices: Choice[];
  /** After the choice, the student picks why (3–4 reasons offered for that choice), scored too. */
  reasons?: Reasons;
  /** No source documents what the real actors chose here: no choice is historical. */
  recordSilent?: boolean;
}
export interface Reasons {
  prompt: TextKey;
  options: ReasonOption[];
}
export interface ReasonOption {
  id: string;
  label: TextKey;
  feedback: TextKey;
  /** Points per axis for giving this reason. */
  score?: Record<string, number>;
  /** Offered only after these choices (ids of the decision's choices); every choice if absent. */
  for?: string[];
}
/**
 * Made by the compiler, never written by authors: the prompt "why?" after `choice` at
 * `decision`. The choice's effects and score apply when the reason is given, together.
 */
export interface ReasonNode extends NodeBase {
  kind: 'reason';
  decision: string;
  choice: string;
  prompt: TextKey;
  options: ReasonOption[];
  next: string;
}
export interface CheckNode extends NodeBase {
  kind: 'check';
  /** Id of an item in `quiz`. */
  item: string;
  next: Next;
}
export interface EndingNode extends NodeBase {
  kind: 'ending';
  title: TextKey;
  text: TextKey;
  /** `hypothetical` endings say so on screen. */
  outcome: 'historical' | 'hypothetical';
}
export type ScenarioNode =
  | NarrationNode
  | DialogueNode
  | DocumentNode
  | DecisionNode
  | CheckNode
  | EndingNode
  | ReasonNode;
/** The node kinds an author writes (a reason node is made by the compiler). */
export type AuthoredNode = Exclude<ScenarioNode, ReasonNode>;
export type NodeKind = ScenarioNode['kind'];

export interface Choice {
  id: string;
  label: TextKey;
  /** Shown after choosing: explains the trade-off, with reference to what really happened. */
  feedback: TextKey;
  to: string;
  /** Availability condition. */
  when?: ExprSource;
  /** Why the choice is unavailable when `when` fails (shown to the player). */
  unavailable?: TextKey;
  effects?: ExprSource[];
  /**
   * Why each meter the effects move moves, by meter id: one short clause shown beside the change
   * ("Legal position +10: the filing cites the Committee's request"). One per meter moved, no more.
   */
  why?: Record<string, TextKey>;
  /** Points on judgment-type axes (rubric), e.g. `{ judgment: 2 }`. */
  score?: Record<string, number>;
  /** The choice really taken. Exactly one per decision on the historical path. */
  historical?: boolean;
  /** Sources documenting the real choice; required with `historical: true`. */
  sources?: string[];
}

export type QuizItem = QuizSingle | QuizMultiple | QuizTrueFalse | QuizOrder;
interface QuizBase {
  id: string;
  prompt: TextKey;
  explanation: TextKey;
  sources: string[];
  /** Axis credited for a correct answer; defaults to `knowledge`. */
  axis?: string;
  /** Points for a correct answer; defaults to 1. */
  points?: number;
  /**
   * Nodes whose scenes show this item's content. In the debrief's practice bank an item is marked
   * "not on your path" when the student neither answered it in the story nor passed one of these.
   */
  taughtAt?: string[];
}
export interface QuizOption {
  id: string;
  label: TextKey;
  /** For `order` items: the event's date, shown after answering. */
  date?: IsoDate;
}
export interface QuizSingle extends QuizBase {
  type: 'single';
  options: QuizOption[];
  correct: string;
}
export interface QuizMultiple extends QuizBase {
  type: 'multiple';
  options: QuizOption[];
  correct: string[];
}
export interface QuizTrueFalse extends QuizBase {
  type: 'truefalse';
  correct: boolean;
}
export interface QuizOrder extends QuizBase {
  type: 'order';
  /** Listed in the correct chronological order; the engine shuffles them for display. */
  options: QuizOption[];
}

/** Answers as the player gives them. */
export type QuizAnswer =
  | { type: 'single'; option: string }
  | { type: 'multiple'; options: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; options: string[] };

export interface Debrief {
  timeline: TimelineEntry[];
  /** 3–5 discussion questions for a class. */
  questions: TextKey[];
}
export interface TimelineEntry {
  date: IsoDate;
  text: TextKey;
  sources: string[];
  /** The decision node this entry explains, if any (links the student's path to history). */
  node?: string;
}

export type { PressLine, RelationState, StageData, StageParty, StageRelation } from './stageTypes';
