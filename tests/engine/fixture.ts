// A small scenario built in code for engine tests: two decisions, a conditional choice, a check,
// entry effects, a conditional branch and three endings; each meter a choice moves says why.
// `variant()` tweaks copies per test.

import type { Scenario } from '../../src/engine/types';

export function fixture(): Scenario {
  return {
    id: 'fixture',
    contentVersion: 3,
    meta: {
      title: 'meta.title',
      summary: 'meta.summary',
      role: 'meta.role',
      seat: 'team',
      era: { from: '2017-01', to: '2017-02' },
      places: ['minsk'],
      minutes: 5,
      objectives: ['meta.objectives.1'],
      contentNotes: [],
    },
    parties: {
      team: { name: 'parties.team.name', kind: 'fictional' },
      court: { name: 'parties.court.name', kind: 'body' },
    },
    places: { minsk: { name: 'places.minsk.name', lat: 53.9, lon: 27.56 } },
    sources: {
      s1: {
        outlet: 'Outlet',
        outletNote: 'sources.s1.outletNote',
        title: 'A title',
        date: '2017-01-20',
        language: 'en',
        url: 'https://example.org/a',
      },
    },
    documents: {
      ruling: { title: 'docs.ruling.title', text: 'docs.ruling.text', issuer: 'court', sources: ['s1'] },
    },
    variables: {
      legal: { type: 'meter', label: 'vars.legal.label', min: 0, max: 100, initial: 40 },
      press: { type: 'meter', label: 'vars.press.label', min: 0, max: 100, initial: 10 },
      leaked: { type: 'flag', initial: false },
    },
    axes: {
      knowledge: { label: 'axes.knowledge.label', description: 'axes.knowledge.description' },
      judgment: { label: 'axes.judgment.label', description: 'axes.judgment.description' },
    },
    start: 'intro',
    nodes: {
      intro: {
        kind: 'narration',
        text: 'nodes.intro.text',
        place: 'minsk',
        date: '2017-01-20',
        sources: ['s1'],
        next: 'read',
      },
      read: { kind: 'document', document: 'ruling', next: 'd1' },
      d1: {
        kind: 'decision',
        text: 'nodes.d1.text',
        date: '2017-01-21',
        place: 'minsk',
        sources: ['s1'],
        choices: [
          {
            id: 'law',
            label: 'c.law',
            feedback: 'f.law',
            to: 'q1',
            effects: ['legal += 30'],
            why: { legal: 'w.law.legal' },
            score: { judgment: 2 },
            historical: true,
          },
          {
            id: 'media',
            label: 'c.media',
            feedback: 'f.media',
            to: 'q1',
            effects: ['press += 50', 'leaked = true'],
            why: { press: 'w.media.press' },
            score: { judgment: 1 },
          },
          {
            id: 'wait',
            label: 'c.wait',
            feedback: 'f.wait',
            to: 'q1',
            effects: ['legal -= 100'],
            why: { legal: 'w.wait.legal' },
          },
        ],
      },
      q1: { kind: 'check', item: 'date', next: 'd2', effects: ['press += 5'] },
      d2: {
        kind: 'decision',
        text: 'nodes.d2.text',
        choices: [
          {
            id: 'appeal',
            label: 'c.appeal',
            feedback: 'f.appeal',
            to: 'verdict',
            historical: true,
            score: { judgment: 1 },
          },
          {
            id: 'un',
            label: 'c.un',
            feedback: 'f.un',
            to: 'verdict',
            when: 'legal >= 60',
            unavailable: 'u.un',
            score: { judgment: 3 },
          },
          {
            id: 'talk',
            label: 'c.talk',
            feedback: 'f.talk',
            to: 'talks',
            when: 'leaked',
            unavailable: 'u.talk',
          },
        ],
      },
      verdict: {
        kind: 'dialogue',
        speaker: 'court',
        text: 'nodes.verdict.text',
        next: [{ when: 'press >= 50', to: 'end_public' }, { to: 'end_hist' }],
      },
      talks: { kind: 'narration', text: 'nodes.talks.text', next: 'end_quiet' },
      end_hist: { kind: 'ending', title: 'e.h.title', text: 'e.h.text', outcome: 'historical' },
      end_public: { kind: 'ending', title: 'e.p.title', text: 'e.p.text', outcome: 'hypothetical' },
      end_quiet: { kind: 'ending', title: 'e.q.title', text: 'e.q.text', outcome: 'hypothetical' },
    },
    quiz: [
      {
        id: 'date',
        type: 'single',
        prompt: 'quiz.date.prompt',
        explanation: 'quiz.date.explanation',
        sources: ['s1'],
        options: [
          { id: 'a', label: 'quiz.date.options.a' },
          { id: 'b', label: 'quiz.date.options.b' },
          { id: 'c', label: 'quiz.date.options.c' },
        ],
        correct: 'b',
      },
      {
        id: 'order',
        type: 'order',
        prompt: 'quiz.order.prompt',
        explanation: 'quiz.order.explanation',
        sources: ['s1'],
        options: [
          { id: 'x', label: 'quiz.order.options.x' },
          { id: 'y', label: 'quiz.order.options.y' },
          { id: 'z', label: 'quiz.order.options.z' },
        ],
      },
      {
        id: 'tf',
        type: 'truefalse',
        prompt: 'quiz.tf.prompt',
        explanation: 'quiz.tf.explanation',
        sources: ['s1'],
        correct: true,
      },
      {
        id: 'multi',
        type: 'multiple',
        prompt: 'quiz.multi.prompt',
        explanation: 'quiz.multi.explanation',
        sources: ['s1'],
        options: [
          { id: 'p', label: 'quiz.multi.options.p' },
          { id: 'q', label: 'quiz.multi.options.q' },
          { id: 'r', label: 'quiz.multi.options.r' },
        ],
        correct: ['p', 'r'],
      },
    ],
    debrief: {
      timeline: [{ date: '2017-01-21', text: 'debrief.timeline.1', sources: ['s1'], node: 'd1' }],
      questions: ['debrief.questions.1'],
    },
  };
}
