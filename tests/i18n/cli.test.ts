// The CLI as people run it: bad input gives one readable line and exit code 2, never a stack trace.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, fixtureCopy } from './helpers';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const run = (cwd: string, ...args: string[]) =>
  spawnSync(`${REPO}node_modules/.bin/tsx`, [`${REPO}src/cli/i18n/cli.ts`, ...args], {
    cwd,
    encoding: 'utf8',
  });

describe('i18n CLI', () => {
  it.each([
    [['confirm', 'xx', '--all'], /i18n:confirm: unknown language "xx"/],
    [['import', '/nonexistent.xlf'], /i18n:import: cannot read/],
    [['frobnicate'], /usage: tsx src\/cli\/i18n\/cli.ts/],
  ])('%j fails cleanly', (args, message) => {
    const r = run(fixtureCopy(), ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('check exits 0 on the clean fixture and 1 on a broken one', () => {
    const root = fixtureCopy();
    expect(run(root, 'check').status).toBe(0);
    expect(run(root, 'status').stdout).toMatch(/ru\s+\*\s+32\s+32/);
    edit(root, 'locales/hy/common.json', '{{name}}', '{{nom}}');
    const broken = run(root, 'check');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(
      /locales\/hy\/common.json:3:\d+ error i18n.placeholder menu.start: placeholder mismatch/,
    );
  });
}, 120_000);
