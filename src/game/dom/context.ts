// What every DOM screen needs from the app: strings in the current language and a few facts.
import type { Scenario, Text } from '../../engine';
import { formatIsoDate } from '../../i18n/dates';
import type { Ui } from '../../i18n/keys';

export interface ScreenContext {
  lng: string;
  ui: Ui;
  tx(text: Text): string;
}

export const scenarioNs = (s: Scenario) => s.meta.namespace ?? s.id;

/** A string from the scenario's own namespace. */
export const st = (ctx: ScreenContext, s: Scenario, key: string) => ctx.tx({ key, ns: scenarioNs(s) });

export const period = (ctx: ScreenContext, s: Scenario) =>
  `${formatIsoDate(s.meta.era.from, ctx.ui)} – ${formatIsoDate(s.meta.era.to, ctx.ui)}`;

export const placeNames = (ctx: ScreenContext, s: Scenario) =>
  s.meta.places
    .map((id) => s.places[id])
    .filter((p) => p !== undefined)
    .map((p) => st(ctx, s, p.name))
    .join(' · ');
