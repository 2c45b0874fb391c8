// The scenario file's `stage:` block: parties with their cards, relation lines and press lines.
// Kept apart from types.ts only for size; types.ts re-exports every name.
import type { ExprSource, TextKey } from './types';

/** The map's diplomacy (see src/engine/stage.ts): a scenario without it plays on the plain map. */
export interface StageData {
  /** Parties drawn at a place, each with a card: its position in its own terms, and sources. */
  parties?: Record<string, StageParty>;
  relations?: StageRelation[];
  /** Headlines after a choice, by node id then choice id. */
  press?: Record<string, Record<string, PressLine[]>>;
}
export interface StageParty {
  place: string;
  /** Its position so far, in its own terms (stage.parties.<id>.position). */
  position: TextKey;
  sources: string[];
  /** Drawn once the path has entered this node (absent: from the start). */
  from?: string;
}
export type RelationState = 'normal' | 'strained' | 'frozen' | 'broken';
/** A line between two stage parties; the worst state whose condition holds is drawn. */
export interface StageRelation {
  between: [string, string];
  strained?: ExprSource;
  frozen?: ExprSource;
  broken?: ExprSource;
}
export interface PressLine {
  /** The headline; its text names the outlet's side (stage.press.<node>.<choice>.<n>). */
  text: TextKey;
  /**
   * `reported`: how such outlets reported the real event (sources required);
   * `illustration`: a side's typical framing of a move that did not happen, shown as such.
   */
  kind: 'reported' | 'illustration';
  sources?: string[];
}
