// Turns the current node's view model into the stage's model: translated labels, the scenario's
// places and era, meters and the speaker, so the Phaser side only draws.
import type { NodeView, Scenario } from '../engine';
import { formatIsoDate } from '../i18n/dates';
import type { ScreenContext } from './dom/context';
import { scenarioNs } from './dom/context';
import type { StageModel } from './stage/keys';

export function stageModel(
  ctx: ScreenContext,
  s: Scenario,
  v: NodeView,
  path: readonly string[],
  display: { reducedMotion: boolean; highContrast: boolean },
): StageModel {
  // Nodes without a date or place (quiz checks) keep showing the last ones on the path.
  const lastOf = (field: 'date' | 'place') =>
    [...path]
      .reverse()
      .map((id) => s.nodes[id]?.[field])
      .find((x) => x !== undefined);
  const date = v.date ?? lastOf('date');
  const ns = scenarioNs(s);
  const speaker = v.speaker ? s.parties[v.speaker.id] : undefined;
  return {
    region: s.id,
    places: Object.entries(s.places).map(([id, p]) => ({
      id,
      label: ctx.tx({ key: p.name, ns }),
      lon: p.lon,
      lat: p.lat,
    })),
    current: v.place?.id ?? lastOf('place'),
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
    reducedMotion: display.reducedMotion,
    highContrast: display.highContrast,
  };
}
