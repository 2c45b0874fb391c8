// Checks one language against English: files and keys present, plural forms per Intl.PluralRules,
// placeholders and nestings kept, no empty strings, no markup, no Latin leftovers, stale keys.

import { diagnostic, type LocaleDiagnostic } from './diagnostics';
import type { Leaf } from './jsonTree';
import {
  diffLists,
  type LogicalKey,
  logicalOf,
  nestings,
  placeholders,
  pluralCategories,
  pluralParts,
} from './keys';
import type { Locale, NamespaceFile, SourceNs } from './locale';
import { sourceForms, textOf, translationForms } from './locale';
import { keyState } from './lock';
import { emptyFinding, type Finding, latinFinding, lengthFinding, markupFinding } from './rules';
import { glossaryFindings, typographyFindings } from './typography';

export interface CheckOptions {
  strict?: boolean;
  /** Prefix for file names in reports (`locales`). */
  dir: string;
}

type Report = (leafOrLine: Leaf | number, key: string | undefined, f: Finding, warn?: boolean) => void;

function reporter(out: LocaleDiagnostic[], locale: string, file: string, dir: string): Report {
  return (at, key, f, warn) =>
    out.push(
      diagnostic({
        severity: warn ? 'warning' : 'error',
        locale,
        file: `${dir}/${file}`,
        line: typeof at === 'number' ? at : at.line,
        key,
        ...f,
      }),
    );
}

/** English checked against itself: strings are strings, not empty, no markup, plural forms for `en`. */
export function checkSource(
  en: Locale,
  sources: Map<string, SourceNs>,
  opts: CheckOptions,
): LocaleDiagnostic[] {
  const out: LocaleDiagnostic[] = [];
  for (const src of sources.values()) {
    const report = reporter(out, en.code, src.file.file, opts.dir);
    for (const lk of src.keys) {
      const forms = sourceForms(src, lk);
      if (lk.plural) checkPluralForms(en.code, lk, forms, report);
      for (const leaf of forms) checkText(leaf, report, () => []);
    }
  }
  return out;
}

/** A translation checked against the English source namespaces. */
export function checkTarget(
  locale: Locale,
  sources: Map<string, SourceNs>,
  opts: CheckOptions,
): LocaleDiagnostic[] {
  const out: LocaleDiagnostic[] = [];
  for (const src of sources.values()) {
    const file = locale.namespaces.get(src.ns);
    const fileName = file?.file ?? `${locale.code}/${src.ns}.json`;
    const report = reporter(out, locale.code, fileName, opts.dir);
    if (file?.tree) checkNamespace(locale, src, file, report, opts);
    else if (!file) {
      report(0, undefined, {
        code: 'i18n.missingFile',
        message: `missing file (English has ${src.keys.length} keys in ${src.file.file})`,
        fix: `copy ${src.file.file} to ${fileName} and translate it (or export XLIFF: npm run i18n:export -- ${locale.code})`,
      });
    } // else: invalid JSON, already reported with the file problems
  }
  for (const [ns, file] of locale.namespaces) {
    if (sources.has(ns)) continue;
    reporter(
      out,
      locale.code,
      file.file,
      opts.dir,
    )(0, undefined, {
      code: 'i18n.unknownNamespace',
      message: `English has no namespace "${ns}"`,
      fix: `delete ${file.file}, or rename it after an English file`,
    });
  }
  return out;
}

function checkNamespace(
  locale: Locale,
  src: SourceNs,
  file: NamespaceFile,
  report: Report,
  opts: CheckOptions,
): void {
  const unconfirmed: string[] = [];
  for (const lk of src.keys) {
    const forms = translationForms(file, lk);
    if (forms.length === 0) {
      report(0, lk.key, {
        code: 'i18n.missingKey',
        message: `missing key (English: ${src.file.file}:${sourceForms(src, lk)[0]?.line ?? 0})`,
        fix: 'add the translation at the same place in the file',
      });
      continue;
    }
    if (lk.plural) checkPluralForms(locale.code, lk, forms, report);
    const en = englishOf(src, lk);
    for (const leaf of forms)
      checkText(leaf, report, (text) => [
        ...parity(text, leaf.key, src, lk),
        ...latin(locale, text),
        ...typographyFindings(locale.code, text),
        ...(en === undefined ? [] : terms(locale, src.ns, en, text)),
      ]);
    const state = keyState(locale, src, lk);
    if (state === 'stale')
      report(forms[0] ?? 0, lk.key, staleFinding(locale.code, src.ns, lk.key), !opts.strict);
    if (state === 'unconfirmed') unconfirmed.push(lk.key);
  }
  if (unconfirmed.length) report(0, undefined, unconfirmedFinding(locale.code, unconfirmed), !opts.strict);
  checkExtraKeys(file, src, report);
}

/** Latin leftovers matter only for languages written in another script (from `_meta.json`). */
function latin(locale: Locale, text: string): Finding[] {
  if (!locale.meta || locale.meta.script === 'Latn') return [];
  const f = latinFinding(
    text,
    locale.glossaries.flatMap((g) => g.allowedLatin),
  );
  return f ? [f] : [];
}

function terms(locale: Locale, ns: string, en: string, text: string): Finding[] {
  const g = locale.glossaries.find((x) => x.ns === ns);
  return g ? glossaryFindings(en, text, g.terms, g.file) : [];
}

/** The English text a translation is compared with (a plural key: its `other` form). */
function englishOf(src: SourceNs, lk: LogicalKey): string | undefined {
  const enForms = sourceForms(src, lk);
  const enLeaf = lk.plural
    ? (enForms.find((l) => pluralParts(l.key)?.category === 'other') ?? enForms[0])
    : enForms[0];
  return enLeaf ? textOf(enLeaf) : undefined;
}

/** One finding per file, not per key: a fresh language has hundreds of unconfirmed keys. */
function unconfirmedFinding(lng: string, keys: string[]): Finding {
  const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
  return {
    code: 'i18n.unconfirmed',
    message: `${keys.length} translation(s) never confirmed against English (no entry in ${lng}/_lock.json): ${shown}`,
    fix: `if they are up to date: npm run i18n:lock-init (or npm run i18n:confirm -- ${lng} <namespace:key>)`,
  };
}

function staleFinding(lng: string, ns: string, key: string): Finding {
  return {
    code: 'i18n.stale',
    message:
      'stale: the English text changed after this translation was confirmed (or it was never confirmed)',
    fix: `compare with English, update if needed, then: npm run i18n:confirm -- ${lng} ${ns}:${key}`,
  };
}

function checkText(leaf: Leaf, report: Report, more: (text: string) => Finding[]): void {
  const text = textOf(leaf);
  if (text === undefined) {
    report(leaf, leaf.key, {
      code: 'i18n.notText',
      message: 'value is not a string',
      fix: 'write the text in "double quotes"',
    });
    return;
  }
  const long = lengthFinding(text);
  if (long) {
    report(leaf, leaf.key, long);
    return;
  }
  const empty = emptyFinding(text);
  if (empty) {
    report(leaf, leaf.key, empty);
    return;
  }
  const markup = markupFinding(text);
  if (markup) report(leaf, leaf.key, markup);
  for (const f of more(text)) report(leaf, leaf.key, f, f.warning);
}

/** Placeholders and nestings must match English; a plural form other than `other` may drop {{count}}. */
export function parity(text: string, key: string, src: SourceNs, lk: LogicalKey): Finding[] {
  const enText = englishOf(src, lk);
  if (enText === undefined) return [];
  const found: Finding[] = [];
  const ph = diffLists(placeholders(enText), placeholders(text));
  const category = lk.plural ? pluralParts(key)?.category : undefined;
  if (category && category !== 'other') ph.missing = ph.missing.filter((p) => p !== 'count');
  if (ph.missing.length || ph.extra.length) found.push(mismatch('placeholder', '{{%}}', ph, enText));
  const nest = diffLists(nestings(enText), nestings(text));
  if (nest.missing.length || nest.extra.length) found.push(mismatch('nesting', '$t(%)', nest, enText));
  return found;
}

function mismatch(
  kind: string,
  shape: string,
  d: { missing: string[]; extra: string[] },
  en: string,
): Finding {
  const show = (xs: string[]) => xs.map((x) => shape.replace('%', x)).join(', ');
  const parts = [
    d.missing.length ? `missing ${show(d.missing)}` : '',
    d.extra.length ? `unknown ${show(d.extra)}` : '',
  ].filter(Boolean);
  return {
    code: `i18n.${kind}`,
    message: `${kind} mismatch: ${parts.join('; ')} (English: ${JSON.stringify(en)})`,
    fix: `copy the ${kind}s exactly as in English (names are never translated): ${show([...d.missing, ...d.extra])}`,
  };
}

function checkPluralForms(lng: string, lk: LogicalKey, forms: Leaf[], report: Report): void {
  const ordinal = lk.plural?.ordinal ?? false;
  const want = pluralCategories(lng, ordinal);
  const have = forms.map((l) => pluralParts(l.key)?.category);
  const missing = want.filter((c) => !have.includes(c));
  // i18next looks up `_zero` for count 0 in every language, so it is allowed as an extra.
  const extra = forms.filter((l) => {
    const c = pluralParts(l.key)?.category;
    return c !== undefined && c !== 'zero' && !want.includes(c);
  });
  const cats = want.map((c) => `_${c}`).join(', ');
  if (missing.length) {
    report(forms[0] ?? 0, lk.key, {
      code: 'i18n.plural',
      message: `plural forms missing: ${missing.map((c) => `_${c}`).join(', ')} (${lng} needs ${cats})`,
      fix: `add ${missing.map((c) => `"${lk.key}${ordinal ? '_ordinal' : ''}_${c}"`).join(', ')}`,
    });
  }
  for (const leaf of extra) {
    report(leaf, leaf.key, {
      code: 'i18n.plural',
      message: `plural form not used in ${lng} (${lng} needs ${cats})`,
      fix: `delete "${leaf.key}"`,
    });
  }
}

function checkExtraKeys(file: NamespaceFile, src: SourceNs, report: Report): void {
  const known = new Set(src.keys.map((k) => k.key));
  for (const leaf of file.leaves.values()) {
    if (known.has(logicalOf(leaf.key, src.pluralBases))) continue;
    report(leaf, leaf.key, {
      code: 'i18n.unknownKey',
      message: `key not in English (${src.file.file})`,
      fix: 'delete it, or fix its spelling to match the English key',
    });
  }
}
