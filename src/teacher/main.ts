// Composition root of the teacher page (teacher.html): shipped scenarios, the game's i18next
// set-up with the `teacher` namespace, and the four sections. Everything runs in this browser.

import { completeLanguages } from 'virtual:precedent-completeness';
import { languages, namespaceLoaders } from 'virtual:precedent-content';
import { mapLayouts } from 'virtual:precedent-maps';
import { endingFacts, scenarios } from 'virtual:precedent-scenarios';
import { compile } from '../engine';
import { createTranslator, type Translator } from '../i18n';
import { loadFonts } from '../i18n/fonts';
import { pickLanguage } from '../i18n/languages';
import { setUrlLanguage, urlLanguage } from '../platform/url';
import { renderCatalog } from './catalog';
import type { TeacherContext } from './context';
import { el } from './dom';
import { renderDownloads } from './downloads';
import { registerEndingFacts } from './endingRanges';
import { renderLinks } from './links';
import { renderMapSection } from './map';
import { registerMapLayouts } from './mapLayout';
import { renderResults } from './results';
import './teacher.css';
import './teacher-results.css';
import './teacher-map.css';
// Last, so print rules override the screen ones they share a specificity with.
import './teacher-print.css';

const NS = 'teacher';
// Compiled once for the page, not again on each language switch.
const compiled = scenarios.map(compile);
registerEndingFacts(endingFacts);
registerMapLayouts(mapLayouts);

function contextFor(translator: Translator, lng: string): TeacherContext {
  const i18n = translator.i18n;
  const complete = new Map(compiled.map((c) => [c.scenario.id, completeLanguages[c.namespace] ?? []]));
  return {
    lng,
    languages,
    scenarios: compiled,
    shipped: new Map(compiled.map((c) => [c.scenario.id, c])),
    complete,
    t: (key, params) => i18n.t(key, { ns: NS, ...params }) as string,
    tx: translator.tx,
    ui: translator.ui,
    sx: (c, key) => i18n.t(key, { ns: c.namespace }) as string,
  };
}

/** A section that failed to render shows a notice instead of taking the whole page down. */
function safeSection(ctx: TeacherContext, id: string, render: () => HTMLElement): HTMLElement {
  try {
    return render();
  } catch (e) {
    console.error(e);
    return el('section', { attrs: { id } }, el('p', { class: 'status', text: ctx.t('app.sectionFailed') }));
  }
}

function header(ctx: TeacherContext, onLanguage: (lng: string) => void): HTMLElement {
  const select = el(
    'select',
    { attrs: { id: 'lng' } },
    ...Object.entries(ctx.languages).map(([code, m]) =>
      el('option', { text: m.name, attrs: { value: code, lang: code, selected: code === ctx.lng } }),
    ),
  );
  select.addEventListener('change', () => onLanguage(select.value));
  const link = (id: string, key: string) =>
    el('li', {}, el('a', { text: ctx.t(key), attrs: { href: `#${id}` } }));
  return el(
    'header',
    { class: 'top no-print' },
    el('a', { class: 'skip', text: ctx.t('app.skip'), attrs: { href: '#main' } }),
    el('h1', { text: ctx.t('app.title') }),
    el(
      'div',
      { class: 'field inline' },
      el('label', { text: ctx.t('app.language'), attrs: { for: 'lng' } }),
      select,
    ),
    el(
      'nav',
      { attrs: { 'aria-label': ctx.t('app.sections') } },
      el(
        'ul',
        {},
        link('catalog', 'catalog.heading'),
        link('map', 'map.heading'),
        link('assign', 'assign.heading'),
        link('results', 'results.heading'),
        el('li', {}, el('a', { text: ctx.t('app.game'), attrs: { href: 'index.html' } })),
      ),
    ),
  );
}

async function boot(): Promise<void> {
  const root = document.getElementById('teacher');
  if (!root) return;
  const codes = Object.keys(languages);
  const translator = await createTranslator(languages, namespaceLoaders);
  // Only what the page draws is loaded first: its language (with English, the fallback) and that
  // language's font, so nothing shifts when it arrives. Which languages each scenario is complete
  // in comes from the build (virtual:precedent-completeness); a quiz exported in another language
  // loads that one when asked; a student's name in another script fetches its own font subset
  // (the @font-face rules have unicode ranges). Loading every language first (about 1 MB of
  // locale files) held the page's first paint back by seconds on a slow phone connection.
  const render = async (lng: string) => {
    const meta = languages[lng];
    await Promise.all([translator.setLanguage(lng), meta ? loadFonts(meta) : undefined]);
    document.documentElement.lang = lng;
    const ctx = contextFor(translator, lng);
    document.title = ctx.t('app.title');
    const main = el(
      'main',
      { attrs: { id: 'main', tabindex: -1 } },
      safeSection(ctx, 'catalog', () => renderCatalog(ctx)),
      safeSection(ctx, 'map', () => renderMapSection(ctx)),
      safeSection(ctx, 'assign', () => renderLinks(ctx)),
      safeSection(ctx, 'downloads', () =>
        renderDownloads(
          ctx,
          (key, opts) => translator.i18n.t(key, opts) as string,
          (l) => translator.load(l),
        ),
      ),
      safeSection(ctx, 'results', () => renderResults(ctx)),
    );
    root.replaceChildren(
      header(ctx, (next) => {
        setUrlLanguage(next);
        void render(next).then(() => document.getElementById('lng')?.focus());
      }),
      main,
      el('footer', { class: 'no-print' }, el('p', { text: ctx.t('app.privacy') })),
    );
  };
  await render(pickLanguage(codes, urlLanguage(), navigator.languages ?? []));
  root.removeAttribute('aria-busy');
}

void boot();
