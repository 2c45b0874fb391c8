// Builds the view model a screen draws: everything as locale keys with parameters, plus the
// facts a screen needs (place coordinates, dates, meters and their last change, sources).

import type { ChoiceView, DocumentView, MeterView, NodeView, RunContext, SourceView, Text } from './api';
import { type CompiledChoice, type CompiledScenario, holds } from './compiled';
import { shuffledOptionIds } from './quiz';
import { hashString, shuffled } from './rng';
import type { Choice, QuizItem } from './types';

export const COMMON_NS = 'common';

export function sourceView(c: CompiledScenario, id: string): SourceView | undefined {
  const s = c.scenario.sources[id];
  if (!s) return undefined;
  const { outlet, title, date, language, url } = s;
  return { id, outlet, outletNote: { key: s.outletNote, ns: c.namespace }, title, date, language, url };
}

export const sourceViews = (c: CompiledScenario, ids: readonly string[] = []): SourceView[] =>
  ids.map((id) => sourceView(c, id)).filter((s): s is SourceView => s !== undefined);

export function documentView(c: CompiledScenario, id: string): DocumentView | undefined {
  const d = c.scenario.documents[id];
  if (!d) return undefined;
  const text = (key: string): Text => ({ key, ns: c.namespace });
  const issuer = d.issuer ? c.scenario.parties[d.issuer] : undefined;
  return {
    id,
    title: text(d.title),
    text: text(d.text),
    issuer: issuer && d.issuer ? { id: d.issuer, name: text(issuer.name) } : undefined,
    date: d.date,
    sources: sourceViews(c, d.sources),
  };
}

export function quizView(c: CompiledScenario, item: QuizItem, seed: number): NodeView['quiz'] {
  const byId = new Map(item.type === 'truefalse' ? [] : item.options.map((o) => [o.id, o]));
  return {
    item: item.id,
    type: item.type,
    prompt: { key: item.prompt, ns: c.namespace },
    options: shuffledOptionIds(item, seed).map((id) => ({
      id,
      label: { key: byId.get(id)?.label ?? id, ns: c.namespace },
    })),
  };
}

/**
 * The choice the last accepted event took: a choice made, or the choice a reason was just given
 * for (its effects apply with the reason). Undefined after reading on or answering a quiz item.
 */
function lastChoice(c: CompiledScenario, ctx: RunContext): Choice | undefined {
  const e = ctx.log[ctx.log.length - 1];
  if (!e) return undefined;
  const at = c.nodes.get(e.node)?.node;
  const [decision, choice] =
    e.type === 'choice.select'
      ? [e.node, e.choice]
      : e.type === 'reason.select' && at?.kind === 'reason'
        ? [at.decision, at.choice]
        : [];
  if (decision === undefined) return undefined;
  return c.nodes.get(decision)?.choices.find((x) => x.choice.id === choice)?.choice;
}

function meters(c: CompiledScenario, ctx: RunContext): MeterView[] {
  const out: MeterView[] = [];
  const why = lastChoice(c, ctx)?.why;
  for (const [id, d] of Object.entries(c.scenario.variables)) {
    if (d.type !== 'meter') continue;
    const value = ctx.vars[id] as number;
    const before = (ctx.prevVars[id] as number | undefined) ?? value;
    const delta = value - before;
    const key = delta !== 0 && why && Object.hasOwn(why, id) ? why[id] : undefined;
    out.push({
      id,
      label: { key: d.label, ns: c.namespace },
      value,
      min: d.min,
      max: d.max,
      delta,
      ...(key ? { why: { key, ns: c.namespace } } : {}),
    });
  }
  return out;
}

/**
 * A decision's options in the order this run shows them: shuffled by the run's seed and the node,
 * so the historical option is not always first, and the order is the same after a reload, in
 * every language and in a teacher's replay (the log names choices by id, never by position).
 */
export function choiceOrder(c: CompiledScenario, nodeId: string, seed: number): CompiledChoice[] {
  const list = c.nodes.get(nodeId)?.choices ?? [];
  return list.length < 2 ? list : shuffled(list, hashString(`choices:${nodeId}`, seed));
}

function choices(c: CompiledScenario, nodeId: string, ctx: RunContext): ChoiceView[] {
  const node = c.nodes.get(nodeId)?.node;
  if (node?.kind === 'reason') {
    // The reasons, shuffled like choices so the best one has no fixed place either.
    const list = shuffled(node.options, hashString(`reasons:${nodeId}`, ctx.seed));
    return list.map((o) => ({ id: o.id, label: { key: o.label, ns: c.namespace }, available: true }));
  }
  return choiceOrder(c, nodeId, ctx.seed).map(({ choice, when }) => {
    const available = holds(when, ctx.vars);
    const reason: Text | undefined = available
      ? undefined
      : choice.unavailable
        ? { key: choice.unavailable, ns: c.namespace }
        : { key: 'choice.unavailable', ns: COMMON_NS };
    return { id: choice.id, label: { key: choice.label, ns: c.namespace }, available, reason };
  });
}

function chosenLabel(c: CompiledScenario, decision: string, choice: string): Text | undefined {
  const ch = c.nodes.get(decision)?.choices.find((x) => x.choice.id === choice)?.choice;
  return ch ? { key: ch.label, ns: c.namespace } : undefined;
}

/** The view of `nodeId` given the run's context. */
export function buildView(c: CompiledScenario, nodeId: string, ctx: RunContext): NodeView {
  const compiled = c.nodes.get(nodeId);
  if (!compiled) throw new Error(`unknown node '${nodeId}'`);
  const node = compiled.node;
  const ns = c.namespace;
  const text = (key: string): Text => ({ key, ns });
  const place = node.place ? c.scenario.places[node.place] : undefined;
  const speakerId = node.kind === 'dialogue' || node.kind === 'decision' ? node.speaker : undefined;
  const speaker = speakerId ? c.scenario.parties[speakerId] : undefined;
  const docIds = [...(node.kind === 'document' ? [node.document] : []), ...(node.documents ?? [])];
  const item = node.kind === 'check' ? c.items.get(node.item) : undefined;
  const step = Math.max(0, ctx.path.length - 1);
  return {
    scenario: c.scenario.id,
    node: nodeId,
    kind: node.kind,
    text: 'text' in node ? text(node.text) : node.kind === 'reason' ? text(node.prompt) : undefined,
    title: 'title' in node ? text(node.title) : undefined,
    speaker:
      speaker && speakerId
        ? {
            id: speakerId,
            name: text(speaker.name),
            emblem: speaker.emblem,
            opinion: node.kind === 'dialogue' && node.opinion === true,
          }
        : undefined,
    place:
      place && node.place
        ? { id: node.place, name: text(place.name), lat: place.lat, lon: place.lon }
        : undefined,
    date: node.date,
    choices: choices(c, nodeId, ctx),
    quiz: item ? quizView(c, item, ctx.seed) : undefined,
    documents: docIds.map((id) => documentView(c, id)).filter((d): d is DocumentView => d !== undefined),
    sources: sourceViews(c, node.sources),
    meters: meters(c, ctx),
    score: { ...ctx.score },
    progress: { step, estimate: step + Math.max(0, compiled.most) },
    outcome: node.kind === 'ending' ? node.outcome : undefined,
    feedback: ctx.feedback
      ? {
          key: ctx.feedback.key,
          ns,
          params: ctx.feedback.correct === undefined ? undefined : { correct: ctx.feedback.correct ? 1 : 0 },
        }
      : undefined,
    reasonFeedback: ctx.feedback?.reason ? text(ctx.feedback.reason) : undefined,
    chosen: node.kind === 'reason' ? chosenLabel(c, node.decision, node.choice) : undefined,
    done: node.kind === 'ending',
  };
}

/** One meter the last step moved: its label, signed change and, when the choice gives one, why. */
export interface MeterChange {
  id: string;
  label: Text;
  delta: number;
  why?: Text;
}

/**
 * What the last step did to each meter, for the feedback ("Legal position +10: the filing cites
 * the Committee's request"): the meters that changed, in declaration order. A change with no why
 * (an older scenario, a scene's own effect) comes without one and is shown as before.
 */
export function meterChanges(v: Pick<NodeView, 'meters'>): MeterChange[] {
  return v.meters
    .filter((m) => m.delta !== 0)
    .map((m) => ({ id: m.id, label: m.label, delta: m.delta, ...(m.why ? { why: m.why } : {}) }));
}
