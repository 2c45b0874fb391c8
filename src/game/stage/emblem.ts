// The speakers' emblems: original seals whose art lives in assets/emblems (cream on transparent),
// drawn over a disc in the party's colour. A scenario may name a party's emblem; otherwise the
// party's id picks one, so every speaker is recognisable without any real flag or coat of arms.
import type Phaser from 'phaser';
// `?no-inline`: served as files from the page's own origin (the loader's request stays within
// the CSP's connect-src 'self', and the service worker caches them with the other SVGs).
import columns from '../../../assets/emblems/columns.svg?no-inline';
import compass from '../../../assets/emblems/compass.svg?no-inline';
import diamond from '../../../assets/emblems/diamond.svg?no-inline';
import dots from '../../../assets/emblems/dots.svg?no-inline';
import mountain from '../../../assets/emblems/mountain.svg?no-inline';
import waves from '../../../assets/emblems/waves.svg?no-inline';

const ART: Record<string, string> = { columns, compass, diamond, dots, mountain, waves };
const NAMES = Object.keys(ART);
const PALETTE = [0x1f6f78, 0x8a4b2f, 0x3d5a80, 0x6b4f8a, 0x2f6b3f, 0x9a6a1c, 0x7a2f45, 0x44546a];
/** Rasterised at twice the largest size drawn, so the seal stays sharp on high-density screens. */
const TEXTURE_PX = 128;

const textureKey = (name: string) => `emblem:${name}`;

export function hashId(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The art and colour for a party: its named emblem if the scenario gives one, else from its id. */
export function emblemFor(seed: string): { name: string; colour: number } {
  const h = hashId(seed);
  const name = seed in ART ? seed : (NAMES[h % NAMES.length] as string);
  return { name, colour: PALETTE[(h >>> 8) % PALETTE.length] as number };
}

/** Queues every emblem's file on the scene's loader (called from the scene's preload). */
export function preloadEmblems(load: Phaser.Loader.LoaderPlugin): void {
  for (const name of NAMES) {
    load.svg(textureKey(name), ART[name] as string, { width: TEXTURE_PX, height: TEXTURE_PX });
  }
}

/**
 * Draws the emblem centred on (x, y) with radius r: the colour disc into `g`, the art as an
 * image added to `box`. If the art failed to load, the disc alone still marks the speaker.
 */
export function drawEmblem(
  scene: Phaser.Scene,
  box: Phaser.GameObjects.Container,
  g: Phaser.GameObjects.Graphics,
  seed: string,
  x: number,
  y: number,
  r: number,
): void {
  const { name, colour } = emblemFor(seed);
  g.fillStyle(colour, 1).fillCircle(x, y, r);
  const key = textureKey(name);
  if (scene.textures.exists(key)) box.add(scene.add.image(x, y, key).setDisplaySize(r * 2, r * 2));
}
