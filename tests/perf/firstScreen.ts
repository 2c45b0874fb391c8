// Reads a built dist/ the way a browser does on first load: index.html's entry script, its
// modulepreloads and stylesheets are the critical path of the first screen; their gzip sizes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltFile {
  path: string;
  raw: number;
  gzip: number;
  text: string;
}

export function readBuilt(dist: string, path: string): BuiltFile {
  const buf = readFileSync(join(dist, path));
  return { path, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, text: buf.toString('utf8') };
}

/** Paths index.html makes the browser fetch before anything runs (scripts, preloads, CSS). */
export function criticalPaths(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
  ].map((m) => (m[1] as string).replace(/^\.?\//, ''));
  return [...new Set(refs)];
}

/** Every built JavaScript file (relative paths), for "is X shipped at all" checks. */
export function allScripts(dist: string, dir = ''): string[] {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return allScripts(dist, rel);
    return e.name.endsWith('.js') ? [rel] : [];
  });
}
