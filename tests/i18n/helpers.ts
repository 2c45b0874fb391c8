// Shared helpers for the i18n tool tests: copy the clean fixture project to a temporary folder,
// edit one file, and run the check exactly as `npm run i18n:check` does.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { loadCodeScan, loadLocaleSet, loadScenarios } from '../../src/dev/i18n/load';
import { runCheck } from '../../src/i18n/model/check';
import type { LocaleDiagnostic as Diagnostic } from '../../src/i18n/model/diagnostics';

export const CLEAN = fileURLToPath(new URL('../fixtures/i18n/clean', import.meta.url));

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the clean fixture project, removed after the test. */
export function fixtureCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'precedent-i18n-'));
  made.push(root);
  cpSync(CLEAN, root, { recursive: true });
  return root;
}

export function read(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}

export function write(root: string, rel: string, text: string): void {
  writeFileSync(join(root, rel), text, 'utf8');
}

/** Replaces one exact substring (failing loudly if it is not there, so tests cannot rot silently). */
export function edit(root: string, rel: string, from: string, to: string): void {
  const text = read(root, rel);
  if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
  write(root, rel, text.replace(from, to));
}

export function checkProject(root: string, strict = false): Diagnostic[] {
  const scen = loadScenarios(root);
  return runCheck(
    {
      set: loadLocaleSet(root),
      scenarios: scen.scenarios,
      code: loadCodeScan(root),
      scenarioProblems: scen.problems,
    },
    { strict },
  );
}

export const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');
export const warnings = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'warning');

/** The key a finding is about (a Diagnostic's path holds it). */
export const keyOf = (d: Diagnostic): unknown => d.path[0];

/** expect.objectContaining, with RegExp values matched against strings; `key` is the path's one entry. */
export function like(fields: Record<string, unknown>) {
  const match = (v: unknown) => (v instanceof RegExp ? expect.stringMatching(v) : v);
  const mapped = Object.entries(fields).map(([k, v]) => (k === 'key' ? ['path', [match(v)]] : [k, match(v)]));
  return expect.objectContaining(Object.fromEntries(mapped));
}
