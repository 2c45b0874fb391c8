// The quiz bank export: GIFT parsed back with gift-pegjs (Moodle's format, as a maintained
// parser reads it) and Moodle XML checked against Moodle's question format, for the shipped
// scenarios in English and a hostile item whose text uses every GIFT and XML control character.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { type GIFTQuestion, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { QuizItem } from '../../src/engine';
import { giftText, moodleXml, type QuizBank } from '../../src/platform/quizExport';
import { shippedScenarios } from '../support/runs';

const compiled = await shippedScenarios();

function englishText(ns: string) {
  const json = JSON.parse(readFileSync(`locales/en/${ns}.json`, 'utf8')) as Record<string, unknown>;
  return (key: string) => {
    let v: unknown = json;
    for (const part of key.split('.')) v = (v as Record<string, unknown>)?.[part];
    if (typeof v !== 'string') throw new Error(`no English text for ${ns}:${key}`);
    return v;
  };
}

const banks: QuizBank[] = compiled.map((c) => ({
  title: `Precedent: ${c.scenario.id}`,
  id: c.scenario.id,
  items: c.scenario.quiz,
  text: englishText(c.namespace),
}));

// Every item of the hostile bank: its text comes from `text`, so prompt and explanation are just keys.
const opts = (...ids: string[]) => ids.map((id) => ({ id, label: id }));
const nastyItem = (id: string, type: QuizItem['type'], rest: object) =>
  ({ id, type, prompt: 'p', explanation: 'e', sources: [], ...rest }) as unknown as QuizItem;

const NASTY = 'A {tricky} = question ~ with # and : and \\ <b>&amp;</b> "quotes"\nover two lines';
const nasty: QuizBank = {
  title: 'Precedent: test',
  id: 'test',
  text: (k) => `${NASTY} ${k}`,
  items: [
    nastyItem('s', 'single', { options: opts('a', 'b'), correct: 'b' }),
    nastyItem('m', 'multiple', { options: opts('a', 'b', 'c'), correct: ['a', 'c'] }),
    nastyItem('t', 'truefalse', { correct: false }),
    nastyItem('o', 'order', { options: opts('x', 'y', 'z') }),
  ],
};
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');

function checkGift(bank: QuizBank) {
  const parsed = parse(giftText(bank));
  const [category, ...questions] = parsed;
  expect(category?.type).toBe('Category');
  expect(questions).toHaveLength(bank.items.length);
  bank.items.forEach((item, i) => {
    const q = questions[i] as GIFTQuestion & Record<string, unknown>;
    expect(q.title).toBe(`${bank.id}.${item.id}`);
    expect((q as { stem: { text: string } }).stem.text).toBe(flat(bank.text(item.prompt)));
    expect((q as { globalFeedback: { text: string } }).globalFeedback.text).toBe(
      flat(bank.text(item.explanation)),
    );
    if (item.type === 'truefalse') {
      expect(q.type).toBe('TF');
      expect(q.isTrue).toBe(item.correct);
    } else if (item.type === 'order') {
      expect(q.type).toBe('Matching');
      const pairs = q.matchPairs as { subquestion: { text: string }; subanswer: string }[];
      expect(pairs.map((p) => p.subanswer)).toEqual(item.options.map((_, n) => String(n + 1)));
      expect(pairs.map((p) => p.subquestion.text)).toEqual(item.options.map((o) => flat(bank.text(o.label))));
    } else {
      expect(q.type).toBe('MC');
      const choices = q.choices as { isCorrect: boolean; weight: number | null; text: { text: string } }[];
      const right = new Set(item.type === 'single' ? [item.correct] : item.correct);
      expect(choices.map((c) => c.text.text)).toEqual(item.options.map((o) => flat(bank.text(o.label))));
      const credit = choices.map(
        (c, n) =>
          (item.type === 'single' ? c.isCorrect : (c.weight ?? 0) > 0) ===
          right.has(item.options[n]?.id ?? ''),
      );
      expect(credit.every(Boolean)).toBe(true);
      if (item.type === 'multiple')
        expect(choices.reduce((s, c) => s + Math.max(0, c.weight ?? 0), 0)).toBeCloseTo(100, 2);
    }
  });
}

/** Moodle's XML question format: the elements and values its importer reads, per type. */
function checkMoodle(bank: QuizBank) {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (n) => ['question', 'answer', 'subquestion'].includes(n),
  }).parse(moodleXml(bank));
  // biome-ignore lint/suspicious/noExplicitAny: Moodle's XML parsed as it comes, checked field by field below
  const [category, ...questions] = doc.quiz.question as Record<string, any>[];
  expect(category?.['@type']).toBe('category');
  expect(String(category?.category.text)).toMatch(/^\$course\$\/top\//);
  expect(questions).toHaveLength(bank.items.length);
  bank.items.forEach((item, i) => {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const q = questions[i] as Record<string, any>;
    expect(String(q.questiontext.text)).toBe(bank.text(item.prompt));
    expect(String(q.generalfeedback.text)).toBe(bank.text(item.explanation));
    expect(q.idnumber).toBe(`${bank.id}.${item.id}`);
    expect(Number(q.defaultgrade)).toBe(item.points ?? 1);
    const fractions = (q.answer ?? []).map((a: Record<string, string>) => Number(a['@fraction']));
    if (item.type === 'truefalse') {
      expect(q['@type']).toBe('truefalse');
      expect(q.answer.map((a: { text: unknown }) => String(a.text))).toEqual(['true', 'false']);
      expect(fractions).toEqual(item.correct ? [100, 0] : [0, 100]);
    } else if (item.type === 'order') {
      expect(q['@type']).toBe('matching');
      // Moodle's matching needs at least two subquestions and three answers.
      expect(q.subquestion.length).toBeGreaterThanOrEqual(3);
      expect(q.subquestion.map((s: { answer: { text: unknown }[] }) => String(s.answer[0]?.text))).toEqual(
        item.options.map((_, n) => String(n + 1)),
      );
    } else {
      expect(q['@type']).toBe('multichoice');
      expect(String(q.single)).toBe(String(item.type === 'single'));
      expect(fractions.filter((f: number) => f > 0).reduce((s: number, f: number) => s + f, 0)).toBeCloseTo(
        100,
        2,
      );
    }
  });
}

describe('quiz bank export', () => {
  it('has something to export in every shipped scenario', () => {
    expect(banks.length).toBeGreaterThan(0);
    for (const b of banks) expect(b.items.length).toBeGreaterThan(0);
  });
  it.each(banks.map((b) => [b.id, b] as const))('%s: GIFT parses back to the same questions', (_, bank) =>
    checkGift(bank),
  );
  it.each(banks.map((b) => [b.id, b] as const))('%s: Moodle XML follows the question format', (_, bank) =>
    checkMoodle(bank),
  );
  it('escapes GIFT and XML control characters in every kind of item', () => {
    checkGift(nasty);
    checkMoodle(nasty);
    expect(moodleXml(nasty)).not.toContain('<b>');
  });
});
