// How we start Debian's Chromium for browser tests and benchmarks: the one list of launch flags
// (no sandbox as root, no GPU, and nothing that phones home on a closed network).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
