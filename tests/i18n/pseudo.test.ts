// Pseudo-localisation properties: bracketed, accented, ~40 % longer, placeholders and nesting intact.

import { describe, expect, it } from 'vitest';
import { buildPseudoResources, PSEUDO_LNG, pseudoLocalize } from '../../src/i18n/pseudo';

const samples = [
  'Hello, {{name}}!',
  'The court in Minsk ruled on $t(common:date, {"d": 1}) that {{count}} people could appeal.',
  'Lapshin was extradited to Azerbaijan in February 2017.\nThe Supreme Court upheld it.',
  'Rhythm: {{a}}{{b}}',
];

describe('pseudoLocalize', () => {
  it.each(samples)('keeps placeholders, nesting and line breaks of %j', (s) => {
    const p = pseudoLocalize(s);
    expect(p.startsWith('⟦') && p.endsWith('⟧')).toBe(true);
    for (const token of s.match(/\{\{[^}]*\}\}|\$t\([^)]*\)|\n/g) ?? []) expect(p).toContain(token);
  });

  it.each(samples)('accents every plain letter of %j', (s) => {
    const visible = pseudoLocalize(s).replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, '');
    expect(visible).not.toMatch(/[A-Za-z]/);
  });

  it.each(samples)('makes %j about 40 %% longer', (s) => {
    const strip = (x: string) => x.replace(/\{\{[^}]*\}\}|\$t\([^)]*\)|[⟦⟧]/g, '');
    const ratio = [...strip(pseudoLocalize(s))].length / [...strip(s)].length;
    expect(ratio).toBeGreaterThanOrEqual(1.35);
    expect(ratio).toBeLessThanOrEqual(1.45);
  });

  it('is deterministic', () => {
    expect(pseudoLocalize(samples[1] ?? '')).toBe(pseudoLocalize(samples[1] ?? ''));
  });
});

describe('buildPseudoResources', () => {
  it('keeps namespaces, keys, plural suffixes and arrays; converts every string', () => {
    const en = {
      common: { menu: { start: 'Start' }, turns_one: '{{count}} turn', turns_other: '{{count}} turns' },
      demo: { list: ['a b'] },
    };
    const pseudo = buildPseudoResources(en) as typeof en;
    expect(Object.keys(pseudo.common).slice(0, 3)).toEqual(['menu', 'turns_one', 'turns_other']);
    // Every plural form exists, whatever locale Intl.PluralRules('pseudo') resolves to.
    expect(pseudo.common).toMatchObject({
      turns_few: pseudoLocalize('{{count}} turns'),
      turns_one: pseudoLocalize('{{count}} turn'),
    });
    expect(pseudo.common.menu.start).toBe(pseudoLocalize('Start'));
    expect(pseudo.demo.list).toEqual([pseudoLocalize('a b')]);
    expect(PSEUDO_LNG).toBe('pseudo');
  });
});
