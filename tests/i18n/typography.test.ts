// The typography rules (Armenian mijaket and date order, Russian quotes) and the glossary rule,
// each on a planted fault and on the correct text, and the shipped locales clean of all of them.
import { describe, expect, it } from 'vitest';
import { glossaryFindings, readTerms, typographyFindings } from '../../src/i18n/model/typography';

const codes = (lng: string, text: string) => typographyFindings(lng, text).map((f) => f.code);

describe('Armenian typography', () => {
  it('refuses an ASCII period after an Armenian letter or before an Armenian word', () => {
    expect(codes('hy', 'Ոչինչ. դատարանը պահակ էր։')).toEqual(['i18n.hyPeriod']);
    expect(codes('hy', '2017 թ. հունվարին')).toEqual(['i18n.hyPeriod']);
    expect(codes('hy', 'Massis Post. ԱՄՆ-ում')).toEqual(['i18n.hyPeriod']);
  });

  it('accepts the mijaket, the full stop ։, decimals, URLs and an ellipsis', () => {
    expect(
      codes('hy', 'Ոչինչ․ դատարանը պահակ էր։ 2017 թ․ հունվարին, 281.2 հոդված, news.am, սպասեք...'),
    ).toEqual([]);
  });

  it('refuses the day-month-year order, in text and in a date template', () => {
    expect(codes('hy', '17 հունվարի, 2017 թ․')).toEqual(['i18n.hyDate']);
    expect(codes('hy', '{{day}} {{month}}, {{year}} թ․')).toEqual(['i18n.hyDate']);
    expect(codes('hy', '2017 թ․ հունվարի 17-ին')).toEqual([]);
    expect(codes('hy', '{{year}} թ․ {{month}} {{day}}')).toEqual([]);
  });

  it('applies to Armenian only', () => {
    expect(codes('ru', 'Ոչինչ. դատարանը')).toEqual([]);
  });
});

describe('Russian quotes', () => {
  it('refuses straight and English quotes', () => {
    expect(codes('ru', 'Он сказал: "нет".')).toEqual(['i18n.ruQuotes']);
    expect(codes('ru', 'Он сказал: “нет”.')).toEqual(['i18n.ruQuotes']);
  });

  it('accepts «ёлочки», and „лапки“ inside them', () => {
    expect(codes('ru', 'Он сказал: «нет, это „не так“».')).toEqual([]);
  });
});

describe('glossary terms', () => {
  const terms = readTerms({ Belarus: ['Беларусь', 'Беларуси', 'белорусск*'], 'Minsk (the city)': 'Минск' });
  if (!terms) throw new Error('terms did not parse');
  const found = (en: string, ru: string) => glossaryFindings(en, ru, terms, 'ru/_glossary.x.json');

  it('warns when the English names a term and the translation uses none of its forms', () => {
    const [f, ...rest] = found('Belarus signed it.', 'Республика подписала его.');
    expect(rest).toEqual([]);
    expect(f?.code).toBe('i18n.glossary');
    expect(f?.warning).toBe(true);
    expect(f?.fix).toContain('"Belarus" in ru/_glossary.x.json');
  });

  it('accepts any listed form, a form ending in * as a stem, and ignores quotes and the note', () => {
    expect(found('Belarus signed it.', 'Беларуси это выгодно.')).toEqual([]);
    expect(found('Belarus signed it.', 'белорусская прокуратура')).toEqual([]);
    expect(found('In Minsk.', 'В «Минск» — нет.')).toEqual([]);
    expect(found('In Minsk.', 'В Минске.')).toHaveLength(1); // "Минск" is a whole word, not a stem
  });

  it('does not fire when the English does not name the term', () => {
    expect(found('The court ruled.', 'Суд решил.')).toEqual([]);
  });

  it('refuses a malformed terms table', () => {
    expect(readTerms({ Belarus: [] })).toBeUndefined();
    expect(readTerms({ Belarus: 5 })).toBeUndefined();
    expect(readTerms(['Belarus'])).toBeUndefined();
    expect(readTerms(undefined)?.size).toBe(0);
  });
});
