// Every shipped scenario as a whole: it validates, every ending is reachable, every distinct path
// through its nodes plays through the compiled machine, and every text any view shows (play and
// debrief) resolves in every language, in that language's script.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioText, namespaceOf } from '../../src/content/load';
import type { EngineEvent, LogEntry, RunContext } from '../../src/engine/api';
import { compile } from '../../src/engine/compile';
import { debriefView } from '../../src/engine/debrief';
import { coveringPlays, explore } from '../../src/engine/explore';
import { startRun } from '../../src/engine/run';
import { validate } from '../../src/engine/validate';
import { buildView } from '../../src/engine/view';
import { playTree } from '../support/playTree';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'locales');
const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml'));
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** Letters each language's text must be written in (names from glossaries aside). */
const SCRIPT: Record<string, RegExp> = { hy: /[\u0531-\u058F]/, ru: /[\u0400-\u04FF]/, en: /[A-Za-z]/ };

/** Latin-script names a language's glossaries allow (outlets, codes), longest first. */
function allowedLatin(lng: string): string[] {
  const dir = join(LOCALES, lng);
  const words = readdirSync(dir)
    .filter((f) => f.startsWith('_glossary') && f.endsWith('.json'))
    .flatMap(
      (f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { allowedLatin?: string[] }).allowedLatin ?? [],
    );
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Wrong script: once allowed names are removed, the text has letters but none of its own. */
function wrongScript(lng: string, text: string): boolean {
  const script = SCRIPT[lng];
  if (!script) return false;
  let rest = text;
  for (const w of lng === 'en' ? [] : allowedLatin(lng)) rest = rest.split(w).join(' ');
  return /\p{L}/u.test(rest) && !script.test(rest);
}

type TextRef = { key: string; ns: string; params?: Record<string, string | number> };
const isText = (v: unknown): v is TextRef =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as TextRef).key === 'string' &&
  typeof (v as TextRef).ns === 'string';

/** Every `{key, ns}` inside a view model, wherever it sits. */
function collectTexts(v: unknown, out: Map<string, TextRef>): void {
  if (isText(v)) out.set(`${v.ns}:${v.key}:${JSON.stringify(v.params ?? {})}`, v);
  if (typeof v !== 'object' || v === null) return;
  for (const x of Object.values(v)) collectTexts(x, out);
}

function loadScenario(file: string) {
  const r = loadScenarioText(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file);
  if (!r.scenario) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.scenario;
}

function play(c: ReturnType<typeof compile>, log: readonly LogEntry[], texts: Map<string, TextRef>) {
  const run = startRun(c, 11);
  collectTexts(run.view(), texts);
  for (const { node, ...event } of log) {
    expect(run.node).toBe(node);
    expect(run.send(event as EngineEvent)).toBe(true);
    collectTexts(run.view(), texts);
  }
  expect(run.done).toBe(true);
  collectTexts(debriefView(c, run), texts);
  return run.node;
}

const i18n = i18next.createInstance();
beforeAll(async () => {
  const resources: Resource = {};
  for (const lng of languages) {
    resources[lng] = {};
    for (const f of readdirSync(join(LOCALES, lng)).filter(
      (n) => n.endsWith('.json') && !n.startsWith('_'),
    )) {
      (resources[lng] as Resource[string])[f.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(LOCALES, lng, f), 'utf8'),
      );
    }
  }
  // No fallback language: a key missing in Armenian must fail here, not quietly show English.
  await i18n.init({
    resources,
    lng: 'en',
    fallbackLng: false,
    keySeparator: '.',
    interpolation: { escapeValue: false },
  });
});

it('ships both scenarios', () => {
  expect(files.sort()).toEqual(expect.arrayContaining(['appeal.yaml', 'standoff.yaml']));
});

describe.each(files)('%s', (file) => {
  const s = loadScenario(file);
  const c = compile(s);
  const texts = new Map<string, TextRef>();

  it('validates with no errors', () => {
    expect(
      validate(s, { fileName: file.replace(/\.yaml$/, '') }).filter((d) => d.severity === 'error'),
    ).toEqual([]);
  }, 60_000);

  it('reaches every ending, with no dead end and no cycle', () => {
    const x = explore(c);
    const endings = Object.entries(s.nodes)
      .filter(([, n]) => n.kind === 'ending')
      .map(([id]) => id);
    expect([...x.endings.keys()].sort()).toEqual(endings.sort());
    expect(x.deadEnds).toEqual([]);
    expect(x.cyclic).toBe(false);
    expect(x.truncated).toBe(false);
  }, 60_000);

  it('plays every distinct path through the machine, collecting every view it shows', () => {
    const seen = new Set<string>();
    const endings = new Set<string>();
    const visitor = {
      // A view's keys depend on the node, the variables (availability) and the last feedback.
      state: (node: string, ctx: RunContext) => {
        const k = `${node}|${JSON.stringify(ctx.vars)}|${ctx.feedback?.key ?? ''}`;
        if (seen.has(k)) return;
        seen.add(k);
        collectTexts(buildView(c, node, ctx), texts);
      },
      play: (_log: readonly LogEntry[], ending: string) => {
        endings.add(ending);
      },
    };
    const r = playTree(c, visitor, { quiz: 'correct' });
    expect(r.truncated).toBe(false);
    expect(r.refused).toEqual([]);
    expect(r.plays).toBeGreaterThan(0);
    expect(endings.size).toBe(Object.values(s.nodes).filter((n) => n.kind === 'ending').length);
  }, 120_000);

  it('plays every choice and a seeded sample with wrong answers through a run, to the debrief', () => {
    const mixed = coveringPlays(c, { sample: 40, seed: 7 });
    expect(mixed.uncovered).toEqual([]);
    for (const log of mixed.plays) play(c, log, texts);
    expect(texts.size).toBeGreaterThan(50);
  }, 60_000);

  it.each(languages)('every text shown resolves in %s, in its script', (lng) => {
    expect(texts.size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const t of texts.values()) {
      if (!i18n.exists(t.key, { ns: t.ns, lng })) {
        problems.push(`${lng}/${t.ns}.json: missing key '${t.key}'`);
        continue;
      }
      const out = i18n.t(t.key, { ns: t.ns, lng, ...(t.params ?? {}) });
      if (/\{\{/.test(out)) problems.push(`${lng}/${t.ns}.json '${t.key}': unfilled placeholder in "${out}"`);
      if (wrongScript(lng, out))
        problems.push(`${lng}/${t.ns}.json '${t.key}': not in the ${lng} script: "${out}"`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the namespace its locale files are named after', () => {
    expect(languages.every((lng) => i18n.hasResourceBundle(lng, namespaceOf(s)))).toBe(true);
  });
});
