// The locale model must run in a translator's page later (#19, #26): no Node built-ins and no
// import from the CLI in src/i18n/model, so the same checks can be bundled for the browser.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODEL = fileURLToPath(new URL('../../src/i18n/model', import.meta.url));

describe('src/i18n/model', () => {
  it('imports no node: module, no process global and nothing from src/cli', () => {
    const bad = readdirSync(MODEL)
      .filter((n) => n.endsWith('.ts'))
      .flatMap((name) =>
        readFileSync(join(MODEL, name), 'utf8')
          .split('\n')
          .map((line, i) => ({ at: `${name}:${i + 1}`, line }))
          .filter(({ line }) => /from '(?:node:|[^']*\/cli\/)|\bprocess\.|\brequire\(/.test(line)),
      )
      .map(({ at, line }) => `${at} ${line.trim()}`);
    expect(bad).toEqual([]);
  });
});
