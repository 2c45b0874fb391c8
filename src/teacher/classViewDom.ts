// The class view on the page: per question the share right and the most chosen wrong answer,
// the endings reached and the average per axis, for the scenario picked in the heatmap.

import { type CompiledScenario, safeEcho } from '../engine';
import { answerLabels, classSummary } from './classView';
import type { TeacherContext } from './context';
import { el } from './dom';
import { endingTitle } from './resultsCells';
import type { VerifiedResult } from './verify';

function simpleTable(caption: string, head: string[], rows: string[][]): HTMLElement {
  return el(
    'table',
    { class: 'summary' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el('tr', {}, ...r.map((v, i) => el(i ? 'td' : 'th', { text: v, attrs: i ? {} : { scope: 'row' } }))),
      ),
    ),
  );
}

const pct = (right: number, asked: number) => `${Math.round((100 * right) / Math.max(1, asked))}%`;

export function classView(
  ctx: TeacherContext,
  c: CompiledScenario,
  results: readonly VerifiedResult[],
): HTMLElement {
  const s = classSummary(c, results);
  const k = (key: string, p?: Record<string, string | number>) => ctx.t(`results.class.${key}`, p);
  const answerText = (item: string, a: Parameters<typeof answerLabels>[2]) =>
    answerLabels(c, item, a)
      .map((l) => (l.key !== undefined ? safeEcho(ctx.sx(c, l.key)) : k(l.value ? 'true' : 'false')))
      .join(' → ');
  const questions = simpleTable(
    k('questions'),
    [k('question'), k('right'), k('topWrong')],
    s.questions.map((q) => [
      ctx.sx(c, q.prompt),
      `${pct(q.right, q.asked)} (${q.right}/${q.asked})`,
      q.topWrong
        ? k('wrongCell', { answer: answerText(q.item, q.topWrong.answer), count: q.topWrong.count })
        : '—',
    ]),
  );
  const endings = simpleTable(
    k('endings'),
    [k('ending'), k('students')],
    s.endings.map((e) => [endingTitle(c, e.ending, ctx), String(e.count)]),
  );
  const averages = simpleTable(
    k('averages'),
    [k('axis'), k('mean')],
    s.averages.map((a) => {
      const label = c.scenario.axes[a.axis]?.label;
      return [label ? ctx.sx(c, label) : a.axis, a.mean.toFixed(1)];
    }),
  );
  return el(
    'div',
    { class: 'class-view' },
    el('h3', { text: k('heading', { count: s.students }) }),
    s.questions.length ? questions : el('p', { text: k('noQuestions') }),
    endings,
    averages,
  );
}
