// Assignment links: build → parse round trip, and every malformed link is a typed error.
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  assignmentLink,
  assignmentQuery,
  newAssignmentId,
  parseAssignment,
} from '../../src/platform/assignment';

const ctx = { scenarios: ['appeal', 'standoff'], languages: ['en', 'ru', 'hy'] };
const a: Assignment = { scenario: 'appeal', lng: 'ru', mode: 'assessment', classLabel: '9 «Б» & co' };

describe('assignment links', () => {
  it('round-trips through the query string, including a class label with spaces and symbols', () => {
    expect(parseAssignment(assignmentQuery(a), ctx)).toEqual({ ok: true, value: a });
  });

  it('builds a link next to the teacher page, keeping its folder', () => {
    const link = assignmentLink(a, 'https://school.example/precedent/teacher.html?x=1#results');
    expect(
      link.startsWith(
        'https://school.example/precedent/index.html?scenario=appeal&lng=ru&mode=assessment&class=',
      ),
    ).toBe(true);
    expect(parseAssignment(new URL(link).search, ctx).ok).toBe(true);
  });

  it('leaves out an empty class label and accepts the student-choice language', () => {
    const q = assignmentQuery({ ...a, lng: 'choice', classLabel: '  ' });
    expect(q).toBe('?scenario=appeal&lng=choice&mode=assessment');
    expect(parseAssignment(q, ctx)).toEqual({ ok: true, value: { ...a, lng: 'choice', classLabel: '' } });
  });

  it('marks a SCORM launch', () => {
    const q = assignmentQuery({ ...a, scorm: true });
    expect(q.endsWith('&scorm=1')).toBe(true);
    expect(parseAssignment(q, ctx)).toEqual({ ok: true, value: { ...a, scorm: true } });
  });

  it('carries the assignment id made on the teacher page, and refuses a damaged one', () => {
    const id = newAssignmentId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(newAssignmentId()).not.toBe(id);
    expect(parseAssignment(assignmentQuery({ ...a, id }), ctx)).toEqual({ ok: true, value: { ...a, id } });
    const bad = `${assignmentQuery(a)}&id=${encodeURIComponent('<x>')}`;
    expect(parseAssignment(bad, ctx)).toEqual({ ok: false, error: { kind: 'badId' } });
  });

  it('treats a plain language link as no assignment', () => {
    expect(parseAssignment('?lng=hy', ctx)).toEqual({ ok: true, value: null });
    expect(parseAssignment('', ctx)).toEqual({ ok: true, value: null });
    expect(parseAssignment('?lng=pseudo&keys=1&utm_source=x', ctx)).toEqual({ ok: true, value: null });
  });

  it('defaults a missing mode to practice and a missing language to the student’s choice', () => {
    expect(parseAssignment('?scenario=standoff', ctx)).toEqual({
      ok: true,
      value: { scenario: 'standoff', lng: 'choice', mode: 'practice', classLabel: '' },
    });
  });

  it.each([
    ['?scenario=appeal&foo=1', 'unknownParameter'],
    ['?scenario=appeal&scenario=standoff', 'repeatedParameter'],
    ['?mode=practice', 'missingScenario'],
    ['?scenario=&mode=practice', 'missingScenario'],
    ['?scenario=lapshin', 'unknownScenario'],
    ['?scenario=appeal&lng=de', 'unknownLanguage'],
    ['?scenario=appeal&lng=RU', 'unknownLanguage'],
    ['?scenario=appeal&mode=exam', 'badMode'],
    [`?scenario=appeal&class=${'x'.repeat(81)}`, 'badClass'],
    ['?scenario=appeal&class=a%00b', 'badClass'],
    ['?scenario=appeal&scorm=yes', 'badScorm'],
  ])('%s → %s', (search, kind) => {
    const r = parseAssignment(search, ctx);
    expect(r.ok ? 'ok' : r.error.kind).toBe(kind);
  });
});
