// Every text key a scenario references, with its path and the key the naming convention expects
// there: the one list used by the content check, the i18n tools and the build plugin alike.

import { KINDS, ruleOf, type TextUse } from './kinds';
import type { Scenario } from './types';
import { entriesOf } from './validate/diag';

export interface KeyUse {
  key: string;
  path: (string | number)[];
  /** The conventional key for this place, when the convention names one. */
  expected?: string;
}

export function collectTextKeys(s: Scenario): KeyUse[] {
  const out: KeyUse[] = [];
  const use: TextUse = (key, path, expected) => {
    if (typeof key === 'string') out.push({ key, path, ...(expected ? { expected } : {}) });
  };
  const m = s.meta ?? ({} as Scenario['meta']);
  for (const f of ['title', 'summary', 'role'] as const) use(m[f], ['meta', f], `meta.${f}`);
  (m.objectives ?? []).forEach((k, i) => {
    use(k, ['meta', 'objectives', i]);
  });
  (m.contentNotes ?? []).forEach((k, i) => {
    use(k, ['meta', 'contentNotes', i]);
  });
  for (const [id, p] of entriesOf(s.parties ?? {}))
    use(p.name, ['parties', id, 'name'], `parties.${id}.name`);
  for (const [id, p] of entriesOf(s.places ?? {})) use(p.name, ['places', id, 'name'], `places.${id}.name`);
  for (const [id, p] of entriesOf(s.sources ?? {}))
    use(p.outletNote, ['sources', id, 'outletNote'], `sources.${id}.outletNote`);
  for (const [id, d] of entriesOf(s.documents ?? {})) {
    use(d.title, ['documents', id, 'title'], `docs.${id}.title`);
    use(d.text, ['documents', id, 'text'], `docs.${id}.text`);
  }
  for (const [id, v] of entriesOf(s.variables ?? {})) {
    if (v.type !== 'meter') continue;
    use(v.label, ['variables', id, 'label'], `vars.${id}.label`);
    use(v.description, ['variables', id, 'description'], `vars.${id}.description`);
  }
  for (const [id, a] of entriesOf(s.axes ?? {})) {
    use(a.label, ['axes', id, 'label'], `axes.${id}.label`);
    use(a.description, ['axes', id, 'description'], `axes.${id}.description`);
  }
  // A node's text fields are its kind's (the kinds table); unknown kinds are the validator's to report.
  for (const [id, n] of entriesOf(s.nodes ?? {}))
    if (Object.hasOwn(KINDS, n.kind)) ruleOf(n).texts(n, id, use);
  (s.quiz ?? []).forEach((q, i) => {
    use(q.prompt, ['quiz', i, 'prompt'], `quiz.${q.id}.prompt`);
    use(q.explanation, ['quiz', i, 'explanation'], `quiz.${q.id}.explanation`);
    if (q.type === 'truefalse') return;
    for (const [j, o] of (q.options ?? []).entries()) {
      use(o.label, ['quiz', i, 'options', j, 'label'], `quiz.${q.id}.options.${o.id}`);
    }
  });
  (s.debrief?.timeline ?? []).forEach((t, i) => {
    use(t.text, ['debrief', 'timeline', i, 'text']);
  });
  (s.debrief?.questions ?? []).forEach((k, i) => {
    use(k, ['debrief', 'questions', i]);
  });
  for (const [id, p] of entriesOf(s.stage?.parties))
    use(p.position, ['stage', 'parties', id, 'position'], `stage.parties.${id}.position`);
  for (const [node, byChoice] of entriesOf(s.stage?.press))
    for (const [choice, lines] of entriesOf(byChoice))
      (lines ?? []).forEach((l, i) => {
        use(l.text, ['stage', 'press', node, choice, i, 'text'], `stage.press.${node}.${choice}.${i}`);
      });
  return out;
}

const PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** True if `key` resolves to a string in the nested namespace object (plural forms count). */
export function hasKey(ns: unknown, key: string): boolean {
  const parts = key.split('.');
  const leaf = parts.pop() as string;
  let cur: unknown = ns;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, p)) return false;
    cur = (cur as Record<string, unknown>)[p];
  }
  if (cur === null || typeof cur !== 'object') return false;
  const obj = cur as Record<string, unknown>;
  if (Object.hasOwn(obj, leaf) && typeof obj[leaf] === 'string') return true;
  return PLURALS.some((f) => typeof obj[`${leaf}_${f}`] === 'string');
}
