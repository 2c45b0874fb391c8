// The teacher page's Downloads: a SCORM 1.2 package built in this browser from the site's own
// files (the same bytes as `npm run package:scorm` with the same settings), and the scenario's
// quiz bank as Moodle XML and GIFT for the LMS's own quiz engine.

import { type AssignmentMode, CHOICE_LNG } from '../platform/assignment';
import { downloadText } from '../platform/files';
import { giftText, moodleXml, type QuizBank } from '../platform/quizExport';
import { type PackageSettings, packageFileName, scormZip, settingsProblem } from '../platform/scorm/package';
import type { TeacherContext } from './context';
import { button, el, field } from './dom';
import { SCHEMAS } from './downloadsSchemas';

/** i18next's `t` with a namespace and, for the package title and quiz text, a language. */
export type Translate = (key: string, opts: { ns: string; lng?: string } & Record<string, unknown>) => string;
const SCORM_FILES = 'scorm-files.json';

const option = (value: string, text: string, selected = false) =>
  el('option', { text, attrs: { value, selected } });

/** Every file the package carries, fetched from this site (same origin). */
async function fetchSite(base: string): Promise<Record<string, Uint8Array>> {
  const list = await fetch(new URL(SCORM_FILES, base));
  if (!list.ok) throw new Error(`missing ${SCORM_FILES}`);
  const files = (await list.json()) as string[];
  const entries = await Promise.all(
    files.map(async (f) => {
      const r = await fetch(new URL(f, base));
      if (!r.ok) throw new Error(`${f}: HTTP ${r.status}`);
      return [f, new Uint8Array(await r.arrayBuffer())] as const;
    }),
  );
  return Object.fromEntries(entries);
}

function saveBytes(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * `ready(lng)` loads a language's texts: the page loads only its own language at first, and a quiz
 * exported in another one needs that one's.
 */
export function renderDownloads(
  ctx: TeacherContext,
  translate: Translate,
  ready: (lng: string) => Promise<void>,
): HTMLElement {
  const d = (key: string, params: Record<string, unknown> = {}) =>
    translate(`downloads.${key}`, { ns: 'lms', ...params });
  const scenario = el(
    'select',
    { attrs: { id: 'dl-scenario' } },
    ...ctx.scenarios.map((c) => option(c.scenario.id, ctx.sx(c, c.scenario.meta.title))),
  );
  const mode = el(
    'select',
    { attrs: { id: 'dl-mode' } },
    option('assessment', d('assessment'), true),
    option('practice', d('practice')),
  );
  const lng = el(
    'select',
    { attrs: { id: 'dl-lng' } },
    option(CHOICE_LNG, d('choice')),
    ...Object.entries(ctx.languages).map(([code, m]) => option(code, m.name)),
  );
  const mastery = el('input', {
    attrs: { id: 'dl-mastery', type: 'number', min: 0, max: 100, step: 1, value: 60, inputmode: 'numeric' },
  });
  const status = el('p', { class: 'status', attrs: { role: 'status', id: 'dl-status' } });
  const compiled = () => ctx.shipped.get(scenario.value) ?? ctx.scenarios[0];

  const settings = (): PackageSettings | null => {
    const c = compiled();
    if (!c) return null;
    const title = translate(c.scenario.meta.title, { ns: c.namespace, lng: 'en' });
    return {
      id: c.scenario.id,
      contentVersion: c.scenario.contentVersion,
      // The CLI's title: "Precedent: " and the English title, whatever the page's language.
      title: `Precedent: ${title}`,
      mastery: mastery.value.trim() === '' ? Number.NaN : Number(mastery.value),
      mode: mode.value as AssignmentMode,
      lng: lng.value,
    };
  };

  const buildPackage = async () => {
    const s = settings();
    if (!s) return;
    if (settingsProblem(s)) {
      status.textContent = d('badMastery');
      mastery.focus();
      return;
    }
    status.textContent = d('building');
    try {
      const zip = scormZip(await fetchSite(location.href), SCHEMAS, s);
      const file = packageFileName(s);
      saveBytes(file, zip);
      status.textContent = d('built', { file, size: Math.round(zip.length / 1024) });
    } catch (e) {
      const missing = e instanceof Error && e.message.startsWith('missing');
      const reason = missing ? d('noList', { file: SCORM_FILES }) : String((e as Error)?.message ?? e);
      status.textContent = d('failed', { reason });
    }
  };

  const bank = (): QuizBank | null => {
    const c = compiled();
    if (!c) return null;
    const quizLng = lng.value === CHOICE_LNG ? ctx.lng : lng.value;
    const text = (key: string) => translate(key, { ns: c.namespace, lng: quizLng });
    return {
      id: c.scenario.id,
      title: `Precedent: ${text(c.scenario.meta.title)}`,
      items: c.scenario.quiz,
      text,
    };
  };
  const exportQuiz = async (kind: 'moodle' | 'gift') => {
    const quizLng = lng.value === CHOICE_LNG ? ctx.lng : lng.value;
    await ready(quizLng);
    const b = bank();
    if (!b) return;
    const file = `precedent-${b.id}-quiz-${quizLng}.${kind === 'moodle' ? 'xml' : 'gift.txt'}`;
    if (kind === 'moodle') downloadText(file, moodleXml(b), 'application/xml');
    else downloadText(file, giftText(b), 'text/plain');
    status.textContent = d('exported', { file, count: b.items.length });
  };

  return el(
    'section',
    { attrs: { id: 'downloads', 'aria-labelledby': 'downloads-h' } },
    el('h2', { text: d('heading'), attrs: { id: 'downloads-h' } }),
    el('p', { text: d('intro') }),
    el(
      'div',
      { class: 'assign-grid' },
      el(
        'div',
        {},
        field(d('scenario'), scenario),
        field(d('mode'), mode),
        field(d('language'), lng),
        field(d('mastery'), mastery),
      ),
      el(
        'div',
        {},
        button(d('scorm'), () => void buildPackage(), { 'data-action': 'download-scorm' }),
        el('h3', { text: d('quiz') }),
        el('p', { class: 'hint', text: d('quizIntro') }),
        button(d('moodle'), () => void exportQuiz('moodle'), { 'data-action': 'download-moodle' }),
        ' ',
        button(d('gift'), () => void exportQuiz('gift'), { 'data-action': 'download-gift' }),
        status,
      ),
    ),
  );
}
