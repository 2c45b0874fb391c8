// Turns the current node's view model into the stage's model: translated labels, the scenario's
// places and era, meters and the speaker, and (from the scenario's `stage` block, through the
// engine's pure functions) the parties on stage, their relation lines, cards and press lines.
import {
  type LogEntry,
  type NodeView,
  partiesOnStage,
  pressAfter,
  relationViews,
  type Scenario,
  type SourceView,
  type VarValue,
} from '../engine';
import { formatIsoDate } from '../i18n/dates';
import type { ScreenContext } from './dom/context';
import { scenarioNs } from './dom/context';
import type { StageCard, StageModel } from './stage/keys';
import { shorten } from './stage/layout';

/** The run's facts the stage reads: where the student has been, the values, the last event. */
export interface StageRun {
  path: readonly string[];
  vars: Record<string, VarValue>;
  log: readonly LogEntry[];
}

const TEXT_SCALE: Record<string, number> = { normal: 1, large: 1.125, larger: 1.3125 };

function sourcesOf(s: Scenario, ids: readonly string[] = []): SourceView[] {
  const ns = scenarioNs(s);
  return ids.flatMap((id) => {
    const src = s.sources[id];
    if (!src) return [];
    const { outlet, title, date, language, url } = src;
    return [{ id, outlet, outletNote: { key: src.outletNote, ns }, title, date, language, url }];
  });
}

export function stageModel(
  ctx: ScreenContext,
  s: Scenario,
  v: NodeView,
  run: StageRun,
  display: { reducedMotion: boolean; highContrast: boolean; textSize?: string },
): StageModel {
  const { path } = run;
  // Nodes without a date or place (quiz checks) keep showing the last ones on the path.
  const lastOf = (field: 'date' | 'place') =>
    [...path]
      .reverse()
      .map((id) => s.nodes[id]?.[field])
      .find((x) => x !== undefined);
  const date = v.date ?? lastOf('date');
  const ns = scenarioNs(s);
  const tx = (key: string) => ctx.tx({ key, ns });
  const speaker = v.speaker ? s.parties[v.speaker.id] : undefined;
  const current = v.place?.id ?? lastOf('place');
  const on = partiesOnStage(s, path).filter(
    (id) => s.parties[id] && s.places[s.stage?.parties?.[id]?.place ?? ''],
  );
  const parties = on.map((id) => {
    const label = tx(s.parties[id]?.name ?? id);
    return {
      id,
      label,
      short: shorten(label),
      seed: s.parties[id]?.emblem ?? id,
      place: s.stage?.parties?.[id]?.place as string,
    };
  });
  const placeName = (id: string) => tx(s.places[id]?.name ?? id);
  const cards: StageCard[] = [
    ...parties.map((p): StageCard => {
      const sp = s.stage?.parties?.[p.id];
      return {
        key: `party:${p.id}`,
        kind: 'party',
        title: p.label,
        place: placeName(p.place),
        position: sp ? tx(sp.position) : undefined,
        sources: sourcesOf(s, sp?.sources),
      };
    }),
    ...Object.keys(s.places).map((id): StageCard => {
      // A place's sources: those of the scenes the student has seen there.
      const seen = [
        ...new Set(path.filter((n) => s.nodes[n]?.place === id).flatMap((n) => s.nodes[n]?.sources ?? [])),
      ];
      return {
        key: `place:${id}`,
        kind: 'place',
        title: placeName(id),
        here: parties.filter((p) => p.place === id).map((p) => ({ key: `party:${p.id}`, title: p.label })),
        sources: sourcesOf(s, seen),
      };
    }),
  ];
  return {
    region: s.id,
    places: Object.entries(s.places).map(([id, p]) => ({ id, label: tx(p.name), lon: p.lon, lat: p.lat })),
    current,
    era: {
      from: s.meta.era.from,
      to: s.meta.era.to,
      fromLabel: formatIsoDate(s.meta.era.from, ctx.ui),
      toLabel: formatIsoDate(s.meta.era.to, ctx.ui),
    },
    date: date ? { iso: date, label: formatIsoDate(date, ctx.ui) } : undefined,
    meters: v.meters.map((m) => ({
      id: m.id,
      label: ctx.tx(m.label),
      value: m.value,
      min: m.min,
      max: m.max,
      delta: m.delta,
    })),
    speaker:
      v.speaker && speaker
        ? { seed: speaker.emblem ?? v.speaker.id, name: ctx.tx(v.speaker.name) }
        : undefined,
    parties,
    lines: relationViews(s, path, run.vars),
    focus: [...new Set([...(current ? [current] : []), ...parties.map((p) => p.place)])],
    cards,
    press: pressAfter(s, run.log).map((l) => ({
      text: tx(l.text),
      kind: l.kind,
      sources: sourcesOf(s, l.sources),
    })),
    textScale: TEXT_SCALE[display.textSize ?? 'normal'] ?? 1,
    reducedMotion: display.reducedMotion,
    highContrast: display.highContrast,
  };
}
