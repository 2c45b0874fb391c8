// Which keys are used, and where: a walker over every TextKey field of a parsed scenario (with the
// context translators need), and a scan of code for `common` keys written in the agreed patterns.

import type { Scenario, ScenarioNode } from '../../engine';
import { MAX_LENGTH } from './constants';

export interface TextUse {
  ns: string;
  key: string;
  scenario: string;
  /** Path of the field in the scenario file, e.g. `nodes.intro.choices[1].label`. */
  field: string;
  /** Where the text shows, in words a translator understands. */
  where: string;
  nodeId?: string;
  nodeKind?: string;
  speaker?: string;
  maxLength?: number;
  /** Line of the field in the scenario file, when the loader knows it. */
  line?: number;
}

/** `nodes.a.choices[1].label` → `['nodes', 'a', 'choices', 1, 'label']` (ids hold no dots). */
export function fieldPath(field: string): (string | number)[] {
  return field.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

type Emit = (key: unknown, field: string, where: string, extra?: Partial<TextUse>) => void;

/** Every text key a scenario uses, in file order. Tolerates half-written files (skips bad parts). */
export function scenarioTexts(scenario: Scenario): TextUse[] {
  const id = String(scenario.id ?? '');
  const ns = scenario.meta?.namespace ?? id;
  const out: TextUse[] = [];
  const emit: Emit = (key, field, where, extra) => {
    if (typeof key !== 'string' || key === '') return;
    // `common:outcome.historical` points into another namespace; a bare key is the scenario's own.
    const m = /^([a-z0-9-]+):(.+)$/.exec(key);
    out.push({ ns: m?.[1] ?? ns, key: m?.[2] ?? key, scenario: id, field, where, ...extra });
  };
  walkMeta(scenario, emit);
  walkRecords(scenario, emit);
  for (const [nodeId, node] of entries(scenario.nodes)) walkNode(nodeId, node, emit);
  walkQuiz(scenario, emit);
  for (const [i, t] of list(scenario.debrief?.timeline).entries()) {
    emit(t?.text, `debrief.timeline[${i}].text`, 'debrief timeline entry', { nodeId: t?.node });
  }
  for (const [i, q] of list(scenario.debrief?.questions).entries()) {
    emit(q, `debrief.questions[${i}]`, 'debrief discussion question');
  }
  // The map's cards and press lines (the optional `stage` block).
  for (const [id, p] of entries(scenario.stage?.parties))
    emit(p?.position, `stage.parties.${id}.position`, 'party card');
  for (const [node, byChoice] of entries(scenario.stage?.press))
    for (const [choice, lines] of entries(byChoice))
      for (const [i, l] of list(lines).entries())
        emit(l?.text, `stage.press.${node}.${choice}[${i}].text`, 'press headline', { nodeId: node });
  return out;
}

function walkMeta(s: Scenario, emit: Emit): void {
  const m = s.meta;
  if (!m) return;
  emit(m.title, 'meta.title', 'scenario title (catalog card and header)', { maxLength: MAX_LENGTH.title });
  emit(m.summary, 'meta.summary', 'scenario summary on the catalog card');
  emit(m.role, 'meta.role', "the player's role, on the catalog card and intro");
  for (const [i, k] of list(m.objectives).entries()) emit(k, `meta.objectives[${i}]`, 'learning objective');
  for (const [i, k] of list(m.contentNotes).entries()) emit(k, `meta.contentNotes[${i}]`, 'content note');
}

function walkRecords(s: Scenario, emit: Emit): void {
  for (const [id, p] of entries(s.parties)) emit(p?.name, `parties.${id}.name`, `name of party "${id}"`);
  for (const [id, p] of entries(s.places))
    emit(p?.name, `places.${id}.name`, `place name "${id}" on the map`);
  for (const [id, src] of entries(s.sources)) {
    emit(src?.outletNote, `sources.${id}.outletNote`, `one line on the outlet "${src?.outlet ?? id}"`);
  }
  for (const [id, d] of entries(s.documents)) {
    emit(d?.title, `documents.${id}.title`, 'document title', { maxLength: MAX_LENGTH.title });
    emit(d?.text, `documents.${id}.text`, 'document body');
  }
  for (const [id, v] of entries(s.variables)) {
    if (v?.type !== 'meter') continue;
    emit(v.label, `variables.${id}.label`, 'meter label');
    emit(v.description, `variables.${id}.description`, 'meter description (tooltip)');
  }
  for (const [id, a] of entries(s.axes)) {
    emit(a?.label, `axes.${id}.label`, 'score axis label');
    emit(a?.description, `axes.${id}.description`, 'score axis description');
  }
}

const NODE_WHERE: Record<string, string> = {
  narration: 'narration panel',
  dialogue: 'speech panel',
  decision: 'decision prompt',
  ending: 'ending screen',
};

function walkNode(nodeId: string, node: ScenarioNode | undefined, emit: Emit): void {
  if (!node) return;
  const at = `nodes.${nodeId}`;
  const speaker = 'speaker' in node ? node.speaker : undefined;
  const ctx = { nodeId, nodeKind: node.kind, speaker };
  const where = NODE_WHERE[node.kind] ?? 'story text';
  if (node.kind === 'ending') {
    emit(node.title, `${at}.title`, 'ending title', { ...ctx, maxLength: MAX_LENGTH.title });
  }
  if ('text' in node) emit(node.text, `${at}.text`, where, ctx);
  if (node.kind !== 'decision') return;
  for (const [i, c] of list(node.choices).entries()) {
    const f = `${at}.choices[${i}]`;
    emit(c?.label, `${f}.label`, 'choice button', { ...ctx, maxLength: MAX_LENGTH.choiceLabel });
    emit(c?.feedback, `${f}.feedback`, 'feedback after the choice', ctx);
    emit(c?.unavailable, `${f}.unavailable`, 'why the choice is unavailable (under a disabled button)', ctx);
    for (const [meter, k] of entries(c?.why))
      emit(k, `${f}.why.${meter}`, `why meter "${meter}" moves, beside its change after the choice`, ctx);
  }
  const reasons = node.reasons;
  if (!reasons) return;
  emit(reasons.prompt, `${at}.reasons.prompt`, 'question after the choice: why?', ctx);
  for (const [i, o] of list(reasons.options).entries()) {
    const f = `${at}.reasons.options[${i}]`;
    emit(o?.label, `${f}.label`, 'reason button ("because …")', ctx);
    emit(o?.feedback, `${f}.feedback`, 'feedback on the reason, shown with the choice feedback', ctx);
  }
}

function walkQuiz(s: Scenario, emit: Emit): void {
  for (const [i, q] of list(s.quiz).entries()) {
    const f = `quiz[${i}]`;
    emit(q?.prompt, `${f}.prompt`, `quiz question "${q?.id}"`);
    emit(q?.explanation, `${f}.explanation`, `explanation after quiz question "${q?.id}"`);
    const options = q && 'options' in q ? list(q.options) : [];
    for (const [j, o] of options.entries()) {
      emit(o?.label, `${f}.options[${j}].label`, `quiz answer button (question "${q?.id}")`, {
        maxLength: MAX_LENGTH.choiceLabel,
      });
    }
  }
}

function entries<T>(rec: Record<string, T> | undefined): [string, T][] {
  return rec && typeof rec === 'object' && !Array.isArray(rec) ? Object.entries(rec) : [];
}

function list<T>(xs: T[] | undefined): T[] {
  return Array.isArray(xs) ? xs : [];
}

// ---- keys used by code ----

export interface CodeFile {
  path: string;
  text: string;
}

export interface CodeScan {
  /** `common` key → where code certainly uses it (`path:line`). */
  keys: Map<string, string[]>;
  /** Key prefixes built at run time, e.g. `common:outcome.${x}` → `outcome.`. */
  dynamicPrefixes: Map<string, string[]>;
  /** Calls whose key is not a literal at all (`ui(sizeKey[size])`): `path:line`. */
  dynamicCalls: string[];
  /** Every dotted string literal in the code: a key stored in a table counts as used. */
  mentions: Set<string>;
}

/** Functions whose first argument is a `common` key: the game's `ui()` and the `tc()` helper. */
export const CODE_KEY_FUNCTIONS = ['ui', 'tc'] as const;

const FN = CODE_KEY_FUNCTIONS.join('|');
const KEY = '[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*';
const PATTERNS = {
  /** 'common:menu.start' */
  literal: new RegExp(`(['"\`])common:(${KEY})\\1`, 'g'),
  /** ui('menu.start'), ctx.ui(ok ? 'quiz.correct' : 'quiz.incorrect', …) */
  call: new RegExp(`\\b(?:${FN})\\(([^()]*?)(?:,|\\))`, 'g'),
  /** { key: 'choice.unavailable', ns: COMMON_NS } as the engine builds view-model text */
  viewText: new RegExp(`key:\\s*(['"])(${KEY})\\1,\\s*ns:\\s*(?:COMMON_NS|(['"])common\\3)`, 'g'),
  /** `common:outcome.${kind}` or ui(`outcome.${kind}`) */
  template: new RegExp(`(?:\`common:|\\b(?:${FN})\\(\\s*\`)([A-Za-z0-9_.-]*)\\$\\{`, 'g'),
  dotted: new RegExp(`(['"])(${KEY}\\.[A-Za-z0-9_-]+)\\1`, 'g'),
};

/** Finds the agreed patterns (see CONTRIBUTING.md, "Keys used by code") in the given files. */
export function scanCode(files: readonly CodeFile[]): CodeScan {
  const scan: CodeScan = {
    keys: new Map(),
    dynamicPrefixes: new Map(),
    dynamicCalls: [],
    mentions: new Set(),
  };
  const add = (into: Map<string, string[]>, key: string, where: string) =>
    into.set(key, [...(into.get(key) ?? []), where]);
  for (const f of files) {
    const at = (i: number | undefined) => `${f.path}:${lineAt(f.text, i ?? 0)}`;
    for (const m of f.text.matchAll(PATTERNS.literal)) add(scan.keys, m[2] ?? '', at(m.index));
    for (const m of f.text.matchAll(PATTERNS.viewText)) add(scan.keys, m[2] ?? '', at(m.index));
    for (const m of f.text.matchAll(PATTERNS.template)) add(scan.dynamicPrefixes, m[1] ?? '', at(m.index));
    for (const m of f.text.matchAll(PATTERNS.call)) {
      const arg = m[1] ?? '';
      // In `ok === 'yes' ? 'a.key' : 'b.key'` only the branches are keys, not the condition.
      const branches = arg.includes('?') ? arg.slice(arg.indexOf('?') + 1) : arg;
      const literals = [...branches.matchAll(/(['"])([^'"`]+)\1/g)].map((l) => l[2] ?? '');
      if (literals.length === 0 && !arg.includes('`')) scan.dynamicCalls.push(at(m.index));
      for (const key of literals) add(scan.keys, key, at(m.index));
    }
    for (const m of f.text.matchAll(PATTERNS.dotted)) scan.mentions.add(m[2] ?? '');
  }
  return scan;
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
