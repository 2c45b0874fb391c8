// A QR code as SVG built from the symbol's modules with createElementNS: no markup string is
// ever parsed, and the picture scales crisply for a projector or a printed sheet.

import QRCode from 'qrcode';
import { svg } from './dom';

const QUIET = 4;

/** Path data for the dark modules (one unit square each, offset by the quiet zone). */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) d += `M${c + QUIET},${r + QUIET}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * QUIET, d };
}

export function qrSvg(text: string, label: string, px = 240): SVGSVGElement {
  const { size, d } = qrPath(text);
  return svg(
    'svg',
    {
      class: 'qr',
      viewBox: `0 0 ${size} ${size}`,
      width: px,
      height: px,
      role: 'img',
      'aria-label': label,
      'shape-rendering': 'crispEdges',
    },
    svg('rect', { width: size, height: size, fill: '#fff' }),
    svg('path', { d, fill: '#000' }),
  );
}
