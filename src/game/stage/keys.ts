// Named scene and texture keys, and the stage's model: everything the canvas draws, already
// translated, so the Phaser side never touches i18n or the story.

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

export interface StageModel {
  /** Changes when the region changes (a different scenario): the map is redrawn then. */
  region: string;
  places: StagePlace[];
  current?: string;
  era: { from: string; to: string; fromLabel: string; toLabel: string };
  date?: { iso: string; label: string };
  meters: StageMeter[];
  speaker?: { seed: string; name: string };
  reducedMotion: boolean;
  highContrast: boolean;
}

export const COLORS = {
  ink: 0x1f2a36,
  inkCss: '#1f2a36',
  muted: '#5b6b7a',
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

export function meterGrid(width: number, count: number) {
  if (count === 0) return { cols: 0, height: 0, cellW: 0 };
  const cols = Math.max(1, Math.min(count, Math.floor((width - 16) / METER_MIN_W)));
  return {
    cols,
    height: Math.ceil(count / cols) * METER_ROW_H,
    cellW: Math.min(240, (width - 16) / cols),
  };
}
