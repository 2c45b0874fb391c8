// Checks a scenario's optional `stage` block: parties at declared places with sources, relations
// between stage parties with true/false conditions, press lines under real choices, reported lines
// with sources. Unknown ids get a did-you-mean; every echoed id is made safe to print.
import type { Diagnostic } from '../api';
import { typeOf } from '../expr/evaluate';
import { parseCondition } from '../expr/parse';
import { RELATION_STATES } from '../stage';
import type { Scenario } from '../types';
import { entriesOf, err, own, type Path, quoteId } from './diag';
import { didYouMean } from './suggest';

export function checkStage(s: Scenario): Diagnostic[] {
  const st = s.stage;
  if (!st) return [];
  const out: Diagnostic[] = [];
  const known = (
    table: Record<string, unknown> | undefined,
    id: string | undefined,
    what: string,
    section: string,
    path: Path,
  ) => {
    if (id === undefined || own(table, id) !== undefined) return true;
    out.push(
      err(
        `stage.unknown${what === 'stage party' ? 'StageParty' : `${what[0]?.toUpperCase()}${what.slice(1)}`}`,
        path,
        `unknown ${what} ${quoteId(id)}${didYouMean(id, Object.keys(table ?? {}))}`,
        `use an id declared under '${section}'`,
      ),
    );
    return false;
  };
  for (const [id, p] of entriesOf(st.parties)) {
    const base: Path = ['stage', 'parties', id];
    known(s.parties, id, 'party', 'parties', base);
    known(s.places, p.place, 'place', 'places', [...base, 'place']);
    known(s.nodes, p.from, 'node', 'nodes', [...base, 'from']);
    if ((p.sources ?? []).length === 0)
      out.push(
        err(
          'stage.partyUnsourced',
          [...base, 'sources'],
          `the card of ${quoteId(id)} cites no source`,
          'list the sources its position is taken from, e.g. sources: [tass-2017-02-07]',
        ),
      );
    (p.sources ?? []).forEach((src, i) => {
      known(s.sources, src, 'source', 'sources', [...base, 'sources', i]);
    });
  }
  (st.relations ?? []).forEach((r, i) => {
    const base: Path = ['stage', 'relations', i];
    r.between.forEach((id, j) => {
      known(st.parties, id, 'stage party', 'stage.parties', [...base, 'between', j]);
    });
    if (r.between[0] === r.between[1])
      out.push(
        err(
          'stage.selfRelation',
          [...base, 'between'],
          'a relation joins a party to itself',
          'name two different parties',
        ),
      );
    for (const state of RELATION_STATES) {
      if (state === 'normal') continue;
      const src = r[state];
      if (src === undefined) continue;
      const path = [...base, state];
      try {
        const t = typeOf(parseCondition(src), s.variables ?? {});
        if ('problem' in t || t.type !== 'boolean')
          out.push(
            err(
              'stage.badCondition',
              path,
              `the ${state} condition is not a true/false condition of declared variables`,
              'write a condition such as "trust < 40" or a flag name',
            ),
          );
      } catch (e) {
        out.push(
          err(
            'stage.badCondition',
            path,
            `the ${state} condition does not parse: ${e instanceof Error ? e.message : ''}`,
            'write a condition such as "trust < 40"',
          ),
        );
      }
    }
  });
  for (const [nodeId, byChoice] of entriesOf(st.press)) {
    const node = own(s.nodes, nodeId);
    if (!known(s.nodes, nodeId, 'node', 'nodes', ['stage', 'press', nodeId])) continue;
    const choices = node && 'choices' in node ? node.choices.map((c) => c.id) : [];
    for (const [choiceId, lines] of entriesOf(byChoice)) {
      const base: Path = ['stage', 'press', nodeId, choiceId];
      if (!choices.includes(choiceId))
        out.push(
          err(
            'stage.unknownChoice',
            base,
            `node ${quoteId(nodeId)} has no choice ${quoteId(choiceId)}${didYouMean(choiceId, choices)}`,
            'use the id of one of its choices',
          ),
        );
      if (lines.length > 2)
        out.push(
          err(
            'stage.tooManyHeadlines',
            base,
            `${lines.length} headlines; the press line shows one or two`,
            'keep the two that best show different sides',
          ),
        );
      lines.forEach((line, i) => {
        if (line.kind === 'reported' && (line.sources ?? []).length === 0)
          out.push(
            err(
              'stage.reportedUnsourced',
              [...base, i, 'sources'],
              'a reported headline cites no source',
              'cite the report it summarises, or mark it kind: illustration',
            ),
          );
        (line.sources ?? []).forEach((src, j) => {
          known(s.sources, src, 'source', 'sources', [...base, i, 'sources', j]);
        });
      });
    }
  }
  return out;
}
