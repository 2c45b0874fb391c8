// Named scene and texture keys, and the stage's model: everything the canvas draws, already
// translated, so the Phaser side never touches i18n or the story.
import type { RelationState, SourceView } from '../../engine';

export const SCENE_STAGE = 'stage';
export const TEX_MAP = 'map';

export interface StagePlace {
  id: string;
  label: string;
  lon: number;
  lat: number;
}

export interface StageMeter {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  delta: number;
}

/** A party drawn as its emblem at its place. */
export interface StagePartyMark {
  id: string;
  label: string;
  short?: string;
  seed: string;
  place: string;
}

export interface StageLine {
  a: string;
  b: string;
  state: RelationState;
}

/** A card the student can open (DOM dialog), from the canvas or the list beside it. */
export interface StageCard {
  /** `party:<id>` or `place:<id>`: the canvas's hit ids are the same. */
  key: string;
  kind: 'party' | 'place';
  title: string;
  /** Party: where it sits. Place: the parties there (card keys and names). */
  place?: string;
  here?: { key: string; title: string }[];
  position?: string;
  sources: SourceView[];
}

export interface StagePress {
  text: string;
  kind: 'reported' | 'illustration';
  sources: SourceView[];
}

export interface StageModel {
  /** Changes when the region changes (a different scenario): the map is redrawn then. */
  region: string;
  places: StagePlace[];
  current?: string;
  era: { from: string; to: string; fromLabel: string; toLabel: string };
  date?: { iso: string; label: string };
  meters: StageMeter[];
  speaker?: { seed: string; name: string };
  /** Stage parties on the map now, and the relation lines between them. */
  parties: StagePartyMark[];
  lines: StageLine[];
  /** Place ids the camera frames: the current place and the parties' places. */
  focus: string[];
  /** The DOM side: cards to open, the legend's states, the press line after a choice. */
  cards: StageCard[];
  press: StagePress[];
  /** The text-size setting as a factor (1, 1.125, 1.3125), as the page's root font size. */
  textScale: number;
  reducedMotion: boolean;
  highContrast: boolean;
}

export const COLORS = {
  ink: 0x1f2a36,
  inkCss: '#1f2a36',
  /** Secondary labels: 6.8:1 on paper (contrast.ts; #5b6b7a anti-aliased reached only ~4:1). */
  muted: '#46525e',
  paper: 0xfaf7f0,
  paperCss: '#faf7f0',
  accent: 0xc0533a,
  teal: 0x1f6f78,
  up: '#2f7d4f',
  down: '#b03a2e',
  ribbon: 0xf1ece1,
  rule: 0xc9bfa9,
};

export const RIBBON_H = 60;
/** Meters sit in a grid at the top: as many columns as fit (each at least METER_MIN_W wide). */
export const METER_ROW_H = 54;
export const METER_MIN_W = 160;

/** The meter grid at text-size factor `k` (larger text: taller rows, fewer columns). */
export function meterGrid(width: number, count: number, k = 1) {
  const rowH = Math.round(METER_ROW_H * k);
  if (count === 0) return { cols: 0, height: 0, cellW: 0, rowH };
  const cols = Math.max(1, Math.min(count, Math.floor((width - 16) / (METER_MIN_W * k))));
  return {
    cols,
    height: Math.ceil(count / cols) * rowH,
    cellW: Math.min(240 * k, (width - 16) / cols),
    rowH,
  };
}

export const ribbonH = (k = 1) => Math.round(RIBBON_H * k);
