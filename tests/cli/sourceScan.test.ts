// The layer lint's rules, on source snippets: what src/engine may import and use, and what no
// file in src/ may do.

import { describe, expect, it } from 'vitest';
import { blank, engineGlobals, engineImports, unsafeCode } from '../../src/dev/sourceScan';

const rules = (vs: { rule: string; line: number }[]) => vs.map((v) => `${v.rule}@${v.line}`);

describe('blank', () => {
  it('removes comments and (optionally) string contents, keeping lines', () => {
    const src = "a // window\n/* document\n */ b 'window' `x\ny`";
    expect(blank(src, false).split('\n')).toHaveLength(4);
    expect(blank(src, false)).not.toMatch(/document|\/\//);
    expect(blank(src, false)).toContain("'window'");
    expect(blank(src, true)).not.toContain('window');
  });
});

describe('engine imports', () => {
  it.each([
    ["import { a } from './types';", 'validate', []],
    ["import { a } from '../types';", 'validate', []],
    ["import { a } from '../types';", '', ['engine-import@1']],
    ["import { createMachine } from 'xstate';", '', []],
    ["import { getShortestPaths } from 'xstate/graph';", '', []],
    ["import YAML from 'yaml';", '', ['engine-import@1']],
    ["import type { Scene } from 'phaser';", '', ['engine-import@1']],
    ["export { x } from '../game/x';", '', ['engine-import@1']],
    ["\nimport 'node:fs';", '', ['engine-import@2']],
    ["const m = await import('i18next');", '', ['engine-import@1']],
    ['const m = await import(name);', '', ['engine-import@1']],
    ["// import x from 'yaml';", '', []],
  ])('%s (in engine/%s)', (src, dir, expected) => {
    expect(rules(engineImports('f.ts', src, dir))).toEqual(expected);
  });
});

describe('engine globals', () => {
  it.each([
    ['window.alert(1);', ['engine-global@1']],
    ['const x = document.title;', ['engine-global@1']],
    ['localStorage.setItem("a", "b");', ['engine-global@1']],
    ['await fetch(url);', ['engine-global@1']],
    ['navigator.language', ['engine-global@1']],
    ["n.kind === 'document'", []],
    ['n.document', []],
    ['const o = { document: 1 };', []],
    ['interface X { document?: string }', []],
    ['// uses window', []],
  ])('%s', (src, expected) => {
    expect(rules(engineGlobals('f.ts', src))).toEqual(expected);
  });
});

describe('unsafe code anywhere in src', () => {
  it.each([
    ["eval('1')", ['no-eval@1']],
    ["new Function('return 1')", ['no-eval@1']],
    ["Function('return 1')()", ['no-eval@1']],
    ['el.innerHTML = html;', ['no-innerHTML@1']],
    ['el.innerHTML += html;', ['no-innerHTML@1']],
    ["el.insertAdjacentHTML('beforeend', x)", ['no-innerHTML@1']],
    ['if (el.innerHTML === "") {}', []],
    ['const evaluate = 1; evaluate(x); obj.eval(x);', []],
    ["const s = 'eval(1)';", []],
  ])('%s', (src, expected) => {
    expect(rules(unsafeCode('f.ts', src, false))).toEqual(expected);
  });

  it('allows raw HTML only in allowlisted files', () => {
    expect(unsafeCode('f.ts', 'el.innerHTML = x;', true)).toEqual([]);
  });
});
