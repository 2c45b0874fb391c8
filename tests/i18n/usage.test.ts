// The scenario walker finds every TextKey field with its context; the code scan finds the agreed
// patterns ('common:<key>' literals, tc('<key>') calls) and reports run-time-built keys as prefixes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collectTextKeys } from '../../src/content/textKeys';
import type { Scenario } from '../../src/engine/types';
import { scanCode, scenarioTexts } from '../../src/i18n/model/usage';
import { CLEAN } from './helpers';

const demo = parse(readFileSync(join(CLEAN, 'scenarios/demo.yaml'), 'utf8')) as Scenario;

describe('scenario walker', () => {
  it('visits every TextKey field once, in file order', () => {
    const uses = scenarioTexts(demo);
    expect(uses).toHaveLength(30);
    expect(new Set(uses.map((u) => u.key)).size).toBe(30);
    expect(uses.map((u) => u.field).slice(0, 3)).toEqual(['meta.title', 'meta.summary', 'meta.role']);
  });

  it('records where a text shows, who speaks and the length limit', () => {
    const byKey = new Map(scenarioTexts(demo).map((u) => [u.key, u]));
    expect(byKey.get('nodes.choose.choices.press.label')).toMatchObject({
      ns: 'demo',
      nodeId: 'choose',
      nodeKind: 'decision',
      where: 'choice button',
      maxLength: 90,
    });
    expect(byKey.get('nodes.lawyer.text')).toMatchObject({ speaker: 'defence', where: 'speech panel' });
    expect(byKey.get('docs.ruling.title')).toMatchObject({ maxLength: 60 });
  });

  it('honours meta.namespace and ns-prefixed keys, and survives half-written files', () => {
    const s = { ...demo, meta: { ...demo.meta, namespace: 'other', summary: 'common:card.summary' } };
    const uses = scenarioTexts(s);
    expect(uses.find((u) => u.field === 'meta.title')?.ns).toBe('other');
    expect(uses.find((u) => u.field === 'meta.summary')).toMatchObject({ ns: 'common', key: 'card.summary' });
    expect(scenarioTexts({ id: 'x', nodes: { a: null } } as unknown as Scenario)).toEqual([]);
  });
});

describe('code scan', () => {
  const scan = scanCode([
    {
      path: 'src/game/x.ts',
      text: [
        "const a = 'common:menu.start';",
        'const b = ctx.ui("hud.turns", { count });',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the scanned code contains a template on purpose
        'const c = tc(`outcome.${k}`);',
        "const d = { normal: 'settings.sizeNormal' };",
        "const e = ui(ok === 'yes' ? 'quiz.correct' : 'quiz.incorrect');",
        'const f = ui(sizeKey[size]);',
        "const g = { key: 'choice.unavailable', ns: COMMON_NS };",
      ].join('\n'),
    },
  ]);

  it('finds ui()/tc() calls (ternaries too), common: literals and engine view text, with lines', () => {
    expect([...scan.keys]).toEqual([
      ['menu.start', ['src/game/x.ts:1']],
      ['choice.unavailable', ['src/game/x.ts:7']],
      ['hud.turns', ['src/game/x.ts:2']],
      ['quiz.correct', ['src/game/x.ts:5']],
      ['quiz.incorrect', ['src/game/x.ts:5']],
    ]);
  });

  it('reports what it cannot see: template prefixes and non-literal calls; keeps dotted literals as mentions', () => {
    expect([...scan.dynamicPrefixes.keys()]).toEqual(['outcome.']);
    expect(scan.dynamicCalls).toEqual(['src/game/x.ts:6']);
    expect(scan.mentions.has('settings.sizeNormal')).toBe(true);
  });
});

describe('agreement with the validator', () => {
  const repo = fileURLToPath(new URL('../..', import.meta.url));
  const files = [
    join(CLEAN, 'scenarios/demo.yaml'),
    ...readdirSync(join(repo, 'scenarios'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(repo, 'scenarios', f)),
  ];

  // Two walkers exist (src/content/textKeys.ts gives the validator paths; this one gives translators
  // context); they must never disagree on which keys a scenario uses.
  it.each(files)('both walkers find the same keys in %s', (file) => {
    const s = parse(readFileSync(file, 'utf8')) as Scenario;
    const mine = scenarioTexts(s).map((u) => u.key);
    expect(new Set(mine)).toEqual(new Set(collectTextKeys(s).map((u) => u.key)));
  });
});
