// Import of an XLIFF file (2.0 or 1.2) or a locale zip back into the draft, through the CLI's
// import code: all or nothing, refused with one sentence naming the first problem; the draft is
// never touched by a refused file. XLIFF also carries the reviewer's ticks.

import { unzipSync } from 'fflate';
import { printable, safeEcho } from '../engine';
import { buildLocale, type LocaleSet, sourceNamespaces } from '../i18n/model/locale';
import { lockId, sourceHash } from '../i18n/model/lock';
import { planUnits } from '../i18n/model/xliff';
import { ImportRefused, importXliff, targetFindings } from '../i18n/model/xliffImport';
import type { Draft } from './draft';

/** Larger than any real export (the biggest language is ~300 kB); past it, a mistake or an attack. */
export const MAX_IMPORT_BYTES = 5_000_000;

export type ImportOutcome = { ok: true; draft: Draft; changed: number } | { ok: false; message: string };

/** A zip holds one folder of a few dozen files; far more entries is not an export. */
export const MAX_ZIP_ENTRIES = 200;

// The message echoes the file's name and parts of its content: both are made safe to show
// (no bidi or zero-width tricks, no flood), as every message the project prints is.
const refused = (name: string, why: string): ImportOutcome => ({
  ok: false,
  message: printable(`“${safeEcho(name)}” was not imported and nothing changed: ${why}.`),
});

/** Checked on the file's size before its bytes are read, so a huge file is never loaded. */
export function tooLarge(name: string, size: number): ImportOutcome | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return refused(
    name,
    `it is ${size.toLocaleString('en')} bytes, more than the ${MAX_IMPORT_BYTES.toLocaleString('en')} a language file may have`,
  );
}

export function importFile(set: LocaleSet, draft: Draft, name: string, bytes: Uint8Array): ImportOutcome {
  const big = tooLarge(name, bytes.length);
  if (big) return big;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return importZip(set, draft, name, bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refused(name, 'it is neither a zip nor UTF-8 text (an XLIFF file)');
  }
  if (!/<xliff\b/.test(text)) return refused(name, 'it is neither an XLIFF file nor a locale zip');
  const trg = /\b(?:trgLang|target-language)\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
  if (trg !== undefined && trg !== draft.code)
    return refused(name, `it is for the language “${safeEcho(trg, 20)}”, and this draft is ${draft.code}`);
  try {
    const r = importXliff(set, text);
    const next = structuredClone(draft);
    for (const [file, raw] of r.writes) {
      const fname = file.slice(file.indexOf('/') + 1);
      if (fname === '_lock.json')
        next.lock = { ...next.lock, ...(buildLocale(draft.code, { [fname]: raw }).lock ?? {}) };
      else mergeNamespace(next, fname.replace(/\.json$/, ''), raw, r.changedKeys);
    }
    // The file's ticks are added; a text the file changes loses an earlier tick (it was not reviewed).
    const changed = new Set(r.changedIds);
    next.reviewed = [...new Set([...draft.reviewed.filter((id) => !changed.has(id)), ...r.reviewed])];
    return { ok: true, draft: next, changed: r.changedKeys.length };
  } catch (e) {
    if (e instanceof ImportRefused) {
      const more = e.problems.length > 1 ? ` (and ${e.problems.length - 1} more)` : '';
      return refused(name, `${e.problems[0] ?? 'unreadable'}${more}`);
    }
    throw e;
  }
}

/** The changed keys' new texts go into the draft; everything else in it stays. */
function mergeNamespace(draft: Draft, ns: string, raw: string, changed: string[]): void {
  const file = buildLocale(draft.code, { [`${ns}.json`]: raw }).namespaces.get(ns);
  const texts = draft.texts[ns] ?? {};
  for (const id of changed) {
    if (!id.startsWith(`${ns}:`)) continue;
    const leaf = file?.leaves.get(id.slice(ns.length + 1));
    if (leaf?.node.kind === 'string') texts[id.slice(ns.length + 1)] = leaf.node.value;
  }
  draft.texts[ns] = texts;
}

/** A zip in the export's layout (`locales/<code>/<ns>.json`): its texts are judged like XLIFF units. */
function importZip(set: LocaleSet, draft: Draft, name: string, bytes: Uint8Array): ImportOutcome {
  let entries: Record<string, Uint8Array>;
  // Sizes as the zip declares them, summed before anything is unpacked: a small zip can hold
  // gigabytes of zeros (a zip bomb), and the page would stop with nothing said.
  let unpacked = 0;
  let count = 0;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        count++;
        return unpacked <= MAX_IMPORT_BYTES && count <= MAX_ZIP_ENTRIES;
      },
    });
  } catch {
    return refused(name, 'the zip is damaged');
  }
  if (unpacked > MAX_IMPORT_BYTES)
    return refused(
      name,
      `it unpacks to ${unpacked.toLocaleString('en')} bytes, more than the ${MAX_IMPORT_BYTES.toLocaleString('en')} a language may have`,
    );
  if (count > MAX_ZIP_ENTRIES)
    return refused(
      name,
      `it holds ${count} files, more than the ${MAX_ZIP_ENTRIES} a language folder may have`,
    );
  const files = Object.entries(entries).filter(([p]) => p.endsWith('.json') && !p.endsWith('/'));
  const codes = new Set(files.map(([p]) => p.split('/').at(-2)));
  if (files.length === 0) return refused(name, 'the zip holds no locale .json files');
  if (codes.size !== 1 || !codes.has(draft.code))
    return refused(
      name,
      `its folder is “${safeEcho([...codes].join(', '), 40)}”, and this draft is ${draft.code}`,
    );
  const folder = Object.fromEntries(files.map(([p, b]) => [p.split('/').at(-1) as string, b]));
  const theirs = buildLocale(draft.code, folder);
  const bad = theirs.problems.find((p) => !p.file.endsWith('_meta.json'));
  if (bad) return refused(name, `${bad.file}${bad.line ? `:${bad.line}` : ''}: ${bad.message}`);
  const mine = set.locales.get(draft.code);
  const sources = sourceNamespaces(set);
  const next = structuredClone(draft);
  const problems: string[] = [];
  let changed = 0;
  for (const [ns, file] of theirs.namespaces) {
    const src = sources.get(ns);
    if (!src || !mine) {
      problems.push(`${file.file}: English has no namespace “${ns}”`);
      continue;
    }
    const plans = new Map(planUnits(src, mine).map((p) => [p.id, p]));
    for (const leaf of file.leaves.values()) {
      const plan = plans.get(leaf.key);
      const text = leaf.node.kind === 'string' ? leaf.node.value : undefined;
      if (!plan || text === undefined) {
        problems.push(
          `${ns}:${leaf.key}: ${plan ? 'not a text' : `not a key ${draft.code} needs (unknown key or plural form)`}`,
        );
        continue;
      }
      if (text === plan.target) continue;
      const f = targetFindings(text, plan, src, mine)[0];
      if (f) problems.push(`${ns}:${leaf.key}: ${f.message}`);
      const texts = next.texts[ns] ?? {};
      next.texts[ns] = texts;
      texts[leaf.key] = text;
      next.lock[lockId(ns, plan.lk.key)] = sourceHash(src, plan.lk);
      // A zip carries no ticks; an earlier review did not cover the new text.
      next.reviewed = next.reviewed.filter((id) => id !== lockId(ns, plan.lk.key));
      changed++;
    }
  }
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return refused(name, `${problems[0]}${more}`);
  }
  return { ok: true, draft: next, changed };
}
