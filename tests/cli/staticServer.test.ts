// The shared static server (src/dev/browser/server.ts): cache policy by file name, gzip only when
// precompressed and accepted, re-read files after a redeploy, and no way out of the served folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../src/dev/browser/server';

/** A raw GET (fetch would normalise `..` away and decode gzip). */
function get(url: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  let dir = '';
  let server: StaticServer | undefined;

  function site(): string {
    dir = mkdtempSync(join(tmpdir(), 'precedent-serve-'));
    mkdirSync(join(dir, 'site', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<p>v1</p>');
    writeFileSync(join(dir, 'site', 'assets', 'index-AbCd1234.js'), 'console.log(1)'.repeat(50));
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    return join(dir, 'site');
  }

  afterEach(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('revalidates pages, keeps hashed assets forever, and re-reads a redeployed file', async () => {
    const root = site();
    server = await serveStatic(root);
    const page = await get(server.url, '/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect((await get(server.url, '/assets/index-AbCd1234.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    writeFileSync(join(root, 'index.html'), '<p>version two</p>');
    expect((await get(server.url, '/index.html')).body.toString()).toBe('<p>version two</p>');
  });

  it('refuses paths that climb out of the served folder', async () => {
    server = await serveStatic(site());
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt']) {
      const r = await get(server.url, path);
      expect(r.body.toString(), path).not.toContain('outside');
    }
  });

  it('sends gzip only when precompressed and accepted', async () => {
    const root = site();
    server = await serveStatic(root);
    expect(
      (await get(server.url, '/', { 'accept-encoding': 'gzip' })).headers['content-encoding'],
    ).toBeUndefined();
    await server.close();
    server = await serveStatic(root, { gzip: true });
    const zipped = await get(server.url, '/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-type']).toMatch(/javascript/);
    expect(zipped.body.length).toBeLessThan(700);
    const plain = await get(server.url, '/assets/index-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(700);
  });
});
