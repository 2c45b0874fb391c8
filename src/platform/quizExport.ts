// A scenario's quiz bank for an LMS's own quiz engine, to re-test weeks after play: Moodle XML and
// GIFT. Each item's explanation is its general feedback. Order items become matching questions
// (each event → its place, 1st … nth): Moodle's ordering type is a plug-in, matching is core.

import type { QuizItem } from '../engine';

/** The text of a key in the export's language. */
export type QuizText = (key: string) => string;

export interface QuizBank {
  /** Category name, e.g. "Precedent: The Appeal". */
  title: string;
  /** Prefix of each question's stable id (the scenario id). */
  id: string;
  items: readonly QuizItem[];
  text: QuizText;
}

// ---- Moodle XML (docs.moodle.org/en/Moodle_XML_format) ----

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textEl = (tag: string, s: string, format = 'plain_text') =>
  `<${tag} format="${format}"><text>${xml(s)}</text></${tag}>`;
/** Moodle accepts only fractions from a fixed list; 100/n for n ≤ 5 correct options is on it. */
const fraction = (n: number) => Number((100 / n).toFixed(5)).toString();

function moodleAnswers(item: QuizItem, t: QuizText): { type: string; body: string[] } {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const right = new Set(item.type === 'single' ? [item.correct] : item.correct);
      // A multiple-answer item is all or nothing in the game: a wrong tick cancels the credit.
      const wrong = item.type === 'single' ? '0' : '-100';
      return {
        type: 'multichoice',
        body: [
          `<single>${item.type === 'single'}</single>`,
          '<shuffleanswers>true</shuffleanswers>',
          '<answernumbering>abc</answernumbering>',
          ...item.options.map(
            (o) =>
              `<answer fraction="${right.has(o.id) ? fraction(right.size) : wrong}" format="plain_text"><text>${xml(t(o.label))}</text></answer>`,
          ),
        ],
      };
    }
    case 'truefalse':
      return {
        type: 'truefalse',
        body: [true, false].map(
          (v) =>
            `<answer fraction="${v === item.correct ? 100 : 0}" format="moodle_auto_format"><text>${v}</text></answer>`,
        ),
      };
    case 'order':
      return {
        type: 'matching',
        body: [
          '<shuffleanswers>true</shuffleanswers>',
          ...item.options.map(
            (o, i) =>
              `<subquestion format="plain_text"><text>${xml(t(o.label))}</text><answer><text>${i + 1}</text></answer></subquestion>`,
          ),
        ],
      };
  }
}

export function moodleXml(bank: QuizBank): string {
  const questions = bank.items.map((item) => {
    const { type, body } = moodleAnswers(item, bank.text);
    const prompt = bank.text(item.prompt);
    return [
      `  <question type="${type}">`,
      `    <name><text>${xml(`${item.id}: ${prompt}`.slice(0, 250))}</text></name>`,
      `    ${textEl('questiontext', prompt)}`,
      `    ${textEl('generalfeedback', bank.text(item.explanation))}`,
      `    <defaultgrade>${item.points ?? 1}</defaultgrade>`,
      '    <penalty>0</penalty>',
      '    <hidden>0</hidden>',
      `    <idnumber>${xml(`${bank.id}.${item.id}`)}</idnumber>`,
      ...body.map((b) => `    ${b}`),
      '  </question>',
    ].join('\n');
  });
  const category = `  <question type="category">\n    <category><text>$course$/top/${xml(bank.title)}</text></category>\n  </question>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${[category, ...questions].join('\n')}\n</quiz>\n`;
}

// ---- GIFT (docs.moodle.org/en/GIFT_format) ----

/** GIFT's control characters are escaped with a backslash; line breaks become spaces. */
const gift = (s: string) => s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

function giftAnswers(item: QuizItem, t: QuizText): string[] {
  switch (item.type) {
    case 'single':
      return item.options.map((o) => `${o.id === item.correct ? '=' : '~'}${gift(t(o.label))}`);
    case 'multiple': {
      const right = new Set(item.correct);
      return item.options.map(
        (o) => `~%${right.has(o.id) ? fraction(right.size) : '-100'}%${gift(t(o.label))}`,
      );
    }
    case 'truefalse':
      return [item.correct ? 'TRUE' : 'FALSE'];
    case 'order':
      return item.options.map((o, i) => `=${gift(t(o.label))} -> ${i + 1}`);
  }
}

export function giftText(bank: QuizBank): string {
  const questions = bank.items.map((item) => {
    const title = gift(`${bank.id}.${item.id}`);
    const answers = giftAnswers(item, bank.text).map((a) => `  ${a}`);
    const feedback = `  ####${gift(bank.text(item.explanation))}`;
    return `::${title}::${gift(bank.text(item.prompt))} {\n${[...answers, feedback].join('\n')}\n}`;
  });
  return `$CATEGORY: $course$/top/${bank.title.replace(/\s*\n\s*/g, ' ')}\n\n${questions.join('\n\n')}\n`;
}
