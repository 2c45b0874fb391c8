// The one Chromium launcher for browser tests, the bench and the README shots: Debian's
// `/usr/bin/chromium` (or CHROMIUM_PATH) when it is there, else the Chromium that the npm
// devDependency @sparticuz/chromium ships, so `npm ci && npm test` needs nothing else.
import { existsSync } from 'node:fs';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/** Debian's path, unless CHROMIUM_PATH names another (CI and most machines keep Debian's). */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags for both builds: no sandbox (we often run as root), and nothing that phones home on a
 * closed network. No GPU: WebGL comes from SwiftShader, as on a school laptop without drivers.
 */
const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_ARGS = [...COMMON_ARGS, '--disable-gpu'];

/**
 * The npm build is chrome-headless-shell, made for servers: it needs SwiftShader named
 * explicitly for WebGL (its README's graphics flags). Its other flags (--disable-web-security,
 * --single-process …) are left out on purpose: they would hide CSP and isolation faults the
 * tests look for, and it launches here without them.
 */
const NPM_ARGS = [
  ...COMMON_ARGS,
  '--no-zygote',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--in-process-gpu',
];

export interface ChromiumBuild {
  executablePath: string;
  args: string[];
  /** Where it came from, for logs: the system path, or the npm package. */
  source: string;
}

let npmBuild: Promise<ChromiumBuild> | undefined;

/** Unpacks the npm Chromium into the temp folder once (about 9 s the first time, then instant). */
async function npmChromium(): Promise<ChromiumBuild> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return chromiumBuild(await packaged.executablePath());
}

/** The flags for a build found earlier by its path (tests receive only the path). */
export function chromiumBuild(executablePath: string): ChromiumBuild {
  return executablePath === SYSTEM_CHROMIUM
    ? { executablePath, args: CHROMIUM_ARGS, source: executablePath }
    : { executablePath, args: NPM_ARGS, source: '@sparticuz/chromium (npm)' };
}

/** Debian's Chromium where installed, else the npm one; throws with a fix if neither is usable. */
export async function findChromium(): Promise<ChromiumBuild> {
  if (existsSync(SYSTEM_CHROMIUM)) return chromiumBuild(SYSTEM_CHROMIUM);
  npmBuild ??= npmChromium().catch((e: unknown) => {
    npmBuild = undefined;
    const why = e instanceof Error ? e.message : String(e);
    throw new Error(
      `No Chromium: none at ${SYSTEM_CHROMIUM} and the npm one (@sparticuz/chromium) failed: ${why}. Run npm ci, or apt-get install -y chromium.`,
    );
  });
  return npmBuild;
}

/** Launches the Chromium findChromium picks, headless, with the flags that suit that build. */
export async function launchChromium(build?: ChromiumBuild, options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath, args } = build ?? (await findChromium());
  return chromium.launch({ timeout: 60_000, ...options, executablePath, args, headless: true });
}
