// Locale completeness per scenario: plural suffixes per language, empty strings count as missing.
import { describe, expect, it } from 'vitest';
import { completeLanguages } from '../../src/teacher/completeness';

describe('completeLanguages', () => {
  const en = { meta: { title: 'The Appeal' }, n_one: '{{count}} step', n_other: '{{count}} steps' };
  it('counts plural forms per base key and lists the source first', () => {
    const ru = {
      meta: { title: 'Апелляция' },
      n_one: 'шаг',
      n_few: 'шага',
      n_many: 'шагов',
      n_other: 'шага',
    };
    const hy = { meta: { title: '' }, n_one: 'քայլ', n_other: 'քայլ' };
    expect(completeLanguages({ ru, hy, en })).toEqual(['en', 'ru']);
  });
  it('is empty without a source bundle', () => {
    expect(completeLanguages({ ru: { a: 'б' } })).toEqual([]);
  });
});
