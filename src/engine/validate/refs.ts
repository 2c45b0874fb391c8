// Reference checks: every id a scenario mentions (nodes, parties, places, sources, documents,
// quiz items, axes) must be declared; ids that must be unique are; the file name matches the id.

import type { Diagnostic } from '../api';
import { safeEcho } from '../echo';
import type { Scenario } from '../types';
import { entriesOf, err, own, type Path, quote, quoteId } from './diag';
import { didYouMean, showPath } from './suggest';

type Kind = 'node' | 'party' | 'place' | 'source' | 'document' | 'quiz item' | 'axis';
const CODES: Record<Kind, [string, string]> = {
  node: ['ref.unknownNode', 'nodes'],
  party: ['ref.unknownParty', 'parties'],
  place: ['ref.unknownPlace', 'places'],
  source: ['ref.unknownSource', 'sources'],
  document: ['ref.unknownDocument', 'documents'],
  'quiz item': ['ref.unknownQuizItem', 'quiz'],
  axis: ['ref.unknownAxis', 'axes'],
};

export function checkRefs(s: Scenario, fileName?: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const quizIds = new Set((s.quiz ?? []).map((q) => q.id));
  const tables: Record<Kind, Set<string>> = {
    node: new Set(Object.keys(s.nodes ?? {})),
    party: new Set(Object.keys(s.parties ?? {})),
    place: new Set(Object.keys(s.places ?? {})),
    source: new Set(Object.keys(s.sources ?? {})),
    document: new Set(Object.keys(s.documents ?? {})),
    'quiz item': quizIds,
    axis: new Set(Object.keys(s.axes ?? {})),
  };
  // Paths are built only for a reference that fails: on 10,000 nodes building them up front
  // was most of this pass's cost.
  const ref = (kind: Kind, id: string | undefined, base: Path, ...tail: (string | number)[]) => {
    if (id === undefined || tables[kind].has(id)) return;
    const path = tail.length > 0 ? [...base, ...tail] : base;
    const [code, section] = CODES[kind];
    out.push(
      err(
        code,
        path,
        `unknown ${kind} ${quoteId(id)}${didYouMean(id, tables[kind])}`,
        `declare ${quote(id)} under '${section}' or use an existing id`,
      ),
    );
  };
  const refs = (kind: Kind, ids: string[] | undefined, base: Path, field?: string) => {
    if (!ids) return;
    for (let i = 0; i < ids.length; i++) {
      if (field === undefined) ref(kind, ids[i], base, i);
      else ref(kind, ids[i], base, field, i);
    }
  };

  if (fileName !== undefined && s.id !== fileName) {
    out.push(
      err(
        'id.fileName',
        ['id'],
        `id ${quoteId(s.id)} does not match the file name ${quote(fileName)}`,
        `rename the file to ${quote(`${s.id}.yaml`)} or set id: ${quote(fileName)}`,
      ),
    );
  }
  ref('party', s.meta?.seat, ['meta', 'seat']);
  refs('place', s.meta?.places, ['meta', 'places']);
  for (const [id, d] of entriesOf(s.documents ?? {})) {
    ref('party', d.issuer, ['documents', id, 'issuer']);
    refs('source', d.sources, ['documents', id, 'sources']);
  }
  ref('node', s.start, ['start']);
  for (const [id, n] of entriesOf(s.nodes ?? {})) {
    const p: Path = ['nodes', id];
    ref('place', n.place, p, 'place');
    refs('source', n.sources, p, 'sources');
    refs('document', n.documents, p, 'documents');
    if (n.kind === 'dialogue' || n.kind === 'decision') ref('party', n.speaker, p, 'speaker');
    if (n.kind === 'document') ref('document', n.document, p, 'document');
    if (n.kind === 'check') ref('quiz item', n.item, p, 'item');
    if (n.kind === 'decision') {
      const choices = n.choices ?? [];
      for (let i = 0; i < choices.length; i++) ref('node', choices[i]?.to, p, 'choices', i, 'to');
    } else if (n.kind !== 'ending') {
      if (typeof n.next === 'string') ref('node', n.next, p, 'next');
      else {
        const next = n.next ?? [];
        for (let i = 0; i < next.length; i++) ref('node', next[i]?.to, p, 'next', i, 'to');
      }
    }
    if (n.kind === 'decision') {
      dupes(
        (n.choices ?? []).map((c) => c.id),
        [...p, 'choices'],
        'choice',
        out,
      );
      (n.choices ?? []).forEach((c, i) => {
        for (const axis of Object.keys(c.score ?? {})) ref('axis', axis, p, 'choices', i, 'score', axis);
        refs('source', c.sources, [...p, 'choices', i], 'sources');
      });
      const reasons = n.reasons?.options ?? [];
      dupes(
        reasons.map((o) => o.id),
        [...p, 'reasons', 'options'],
        'reason',
        out,
      );
      reasons.forEach((o, i) => {
        const rp: Path = [...p, 'reasons', 'options', i];
        for (const axis of Object.keys(o.score ?? {})) ref('axis', axis, rp, 'score', axis);
      });
    }
  }
  dupes(
    (s.quiz ?? []).map((q) => q.id),
    ['quiz'],
    'quiz item',
    out,
  );
  (s.quiz ?? []).forEach((q, i) => {
    refs('source', q.sources, ['quiz', i, 'sources']);
    refs('node', q.taughtAt, ['quiz', i, 'taughtAt']);
    if (q.axis !== undefined) ref('axis', q.axis, ['quiz', i, 'axis']);
    else if (!own(s.axes, 'knowledge')) {
      out.push(
        err(
          'ref.unknownAxis',
          ['quiz', i],
          `quiz item ${quoteId(q.id)} credits the 'knowledge' axis, which is not declared`,
          "declare a 'knowledge' axis under 'axes' or set 'axis:' on the item",
        ),
      );
    }
    if (q.type !== 'truefalse')
      dupes(
        (q.options ?? []).map((o) => o.id),
        ['quiz', i, 'options'],
        'option',
        out,
      );
  });
  (s.debrief?.timeline ?? []).forEach((t, i) => {
    refs('source', t.sources, ['debrief', 'timeline', i, 'sources']);
    ref('node', t.node, ['debrief', 'timeline', i, 'node']);
  });
  for (const [id, src] of entriesOf(s.sources ?? {})) {
    if (typeof src.url !== 'string' || !/^https:\/\/\S+$/.test(src.url)) {
      out.push(
        err(
          'source.url',
          ['sources', id, 'url'],
          `source ${quoteId(id)} has no https address`,
          'give the https:// address where the source can be read',
        ),
      );
    }
  }
  return out;
}

/** Reports every id that appears more than once in a list (at its second occurrence). */
function dupes(ids: string[], path: Path, what: string, out: Diagnostic[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) {
      out.push(
        err(
          'id.duplicate',
          [...path, i, 'id'],
          `${what} id ${quoteId(id)} is used twice in ${safeEcho(showPath(path))}`,
          'give each one its own id',
        ),
      );
    }
    seen.add(id);
  });
}
