// App icons drawn at build time (no binary files, nothing fetched from elsewhere): a navy tile with
// two overlapping speech discs, emitted as PNGs for the web manifest.
import { deflateSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const ICON_SIZES = [192, 512] as const;
export const iconPath = (size: number) => `icons/icon-${size}.png`;

const NAVY = [0x1d, 0x35, 0x57];
const SAND = [0xf1, 0xe3, 0xc8];
const TEAL = [0x45, 0x9a, 0x9a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Colour of pixel (x, y): two discs on a full-bleed tile, so it also works as a maskable icon. */
function pixel(x: number, y: number, size: number): number[] {
  const inDisc = (cx: number, cy: number, r: number) =>
    (x - cx * size) ** 2 + (y - cy * size) ** 2 <= (r * size) ** 2;
  if (inDisc(0.6, 0.56, 0.2)) return TEAL;
  if (inDisc(0.42, 0.44, 0.22)) return SAND;
  return NAVY;
}

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) row.set(pixel(x, y, size), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function iconsPlugin(): Plugin {
  return {
    name: 'precedent-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES)
        this.emitFile({ type: 'asset', fileName: iconPath(size), source: iconPng(size) });
    },
  };
}
