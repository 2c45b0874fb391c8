// Original emblems generated in code: a seal whose colour, frame and motif follow from the
// party's id, so every speaker is recognisable without using any real flag or coat of arms.
import type Phaser from 'phaser';

const PALETTE = [0x1f6f78, 0x8a4b2f, 0x3d5a80, 0x6b4f8a, 0x2f6b3f, 0x9a6a1c, 0x7a2f45, 0x44546a];

export function hashId(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

function star(
  g: Phaser.GameObjects.Graphics,
  x: number,
  y: number,
  points: number,
  outer: number,
  inner: number,
) {
  g.beginPath();
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = (Math.PI * i) / points - Math.PI / 2;
    if (i === 0) g.moveTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
    else g.lineTo(x + Math.cos(a) * r, y + Math.sin(a) * r);
  }
  g.closePath();
  g.fillPath();
}

/** Draws the emblem centred on (x, y) with radius r into `g`. */
export function drawEmblem(
  g: Phaser.GameObjects.Graphics,
  seed: string,
  x: number,
  y: number,
  r: number,
): void {
  const h = hashId(seed);
  const colour = PALETTE[h % PALETTE.length] ?? 0x1f6f78;
  const motif = (h >>> 4) % 4;
  const rays = 5 + ((h >>> 8) % 4);
  g.fillStyle(0xfaf7f0, 1).fillCircle(x, y, r);
  g.lineStyle(Math.max(2, r * 0.08), colour, 1).strokeCircle(x, y, r * 0.92);
  g.lineStyle(1, colour, 0.6).strokeCircle(x, y, r * 0.74);
  g.fillStyle(colour, 1);
  if (motif === 0) star(g, x, y, rays, r * 0.56, r * 0.24);
  else if (motif === 1) {
    g.fillTriangle(x, y - r * 0.55, x - r * 0.48, y + r * 0.38, x + r * 0.48, y + r * 0.38);
    g.fillStyle(0xfaf7f0, 1).fillCircle(x, y + r * 0.05, r * 0.16);
  } else if (motif === 2) {
    for (let i = 0; i < rays; i++) {
      const a = (Math.PI * 2 * i) / rays;
      g.fillCircle(x + Math.cos(a) * r * 0.38, y + Math.sin(a) * r * 0.38, r * 0.12);
    }
    g.fillCircle(x, y, r * 0.16);
  } else {
    g.fillRect(x - r * 0.42, y - r * 0.1, r * 0.84, r * 0.2);
    g.fillRect(x - r * 0.1, y - r * 0.42, r * 0.2, r * 0.84);
    g.fillStyle(0xfaf7f0, 1).fillCircle(x, y, r * 0.12);
  }
}
