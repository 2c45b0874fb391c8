// The engine's own figures come from `npm run bench:engine` (src/cli/benchEngine.ts); the browser
// bench runs it as a child so both sets of figures land in one report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function engineFigures(root: string): string {
  const script = join(root, 'src/cli/benchEngine.ts');
  if (!existsSync(script)) return '(src/cli/benchEngine.ts is not on this branch yet)';
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) return `bench:engine failed (exit ${r.status}):\n${r.stderr || r.stdout}`;
  return r.stdout.trim();
}
