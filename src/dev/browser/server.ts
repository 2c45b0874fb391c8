// The one loopback static server for built sites (browser tests, bench, Lighthouse), on sirv (the
// server `vite preview` uses): files re-read on each request, because a test may deploy a new
// version into the served folder, and Cache-Control by file-name policy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Vite's content hash: `name-<8+ url-safe chars>.ext` under `assets/`; such a file never changes. */
export function cacheControl(urlPath: string): string {
  const hashed = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Already-compressed formats (images, fonts) gain nothing from gzip. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.map',
]);

/**
 * Writes `file.gz` beside each text file, as a web host serves them: sirv sends those to browsers
 * that accept gzip, so the bench counts the bytes a real deployment puts on the wire.
 */
export function precompress(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !COMPRESSIBLE.has(extname(e.name))) continue;
    const file = join(e.parentPath, e.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port; `gzip` precompresses it first (bench only). */
export async function serveStatic(root: string, opts: { gzip?: boolean } = {}): Promise<StaticServer> {
  const dir = resolve(root);
  if (opts.gzip) precompress(dir);
  const files = sirv(dir, {
    dev: true,
    gzip: opts.gzip ?? false,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname)),
  });
  const server: Server = createServer((req, res) => files(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
