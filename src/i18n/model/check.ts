// The whole check over in-memory inputs: file problems, English, every other language found,
// key usage by scenarios and code, and screen-length limits. Returns findings; printing is the CLI's.

import { type CheckOptions, checkSource, checkTarget } from './checkLocale';
import { checkUsage, type ScenarioUses } from './checkUsage';
import { MAX_LENGTH } from './constants';
import { diagnostic, type LocaleDiagnostic } from './diagnostics';
import { logicalOf } from './keys';
import { type LocaleSet, SOURCE_LNG, type SourceNs, sourceNamespaces, targetLocales, textOf } from './locale';
import type { CodeScan } from './usage';

export interface CheckInput {
  set: LocaleSet;
  /** Omit to skip the scenario-usage checks (e.g. a fixture with no scenarios). */
  scenarios?: readonly ScenarioUses[];
  /** Omit to skip the code-usage checks for `common`. */
  code?: CodeScan;
  /** Problems reading scenario files (reported, never thrown). */
  scenarioProblems?: readonly LocaleDiagnostic[];
}

export function runCheck(input: CheckInput, options: Partial<CheckOptions> = {}): LocaleDiagnostic[] {
  const opts: CheckOptions = { dir: 'locales', ...options };
  const { set } = input;
  const out: LocaleDiagnostic[] = [...(input.scenarioProblems ?? [])];
  for (const locale of set.locales.values()) {
    for (const p of locale.problems) {
      out.push(
        diagnostic({
          severity: 'error',
          code: 'i18n.file',
          locale: locale.code,
          ...p,
          file: `${opts.dir}/${p.file}`,
        }),
      );
    }
  }
  const en = set.locales.get(SOURCE_LNG);
  if (!en) {
    out.push(
      diagnostic({
        severity: 'error',
        locale: SOURCE_LNG,
        file: `${opts.dir}/${SOURCE_LNG}`,
        line: 0,
        code: 'i18n.noSource',
        message: 'no English (source) folder',
        fix: `create ${opts.dir}/${SOURCE_LNG}/ with the source texts`,
      }),
    );
    return out;
  }
  const sources = sourceNamespaces(set);
  out.push(...checkSource(en, sources, opts));
  for (const locale of targetLocales(set)) out.push(...checkTarget(locale, sources, opts));
  if (input.scenarios || input.code)
    out.push(...checkUsage(sources, input.scenarios ?? [], input.code, opts.dir));
  if (input.scenarios) out.push(...tooLong(set, sources, input.scenarios, opts.dir));
  return out;
}

/** Warns where a text (English or translated) exceeds its screen's limit. */
function tooLong(
  set: LocaleSet,
  sources: Map<string, SourceNs>,
  scenarios: readonly ScenarioUses[],
  dir: string,
): LocaleDiagnostic[] {
  const out: LocaleDiagnostic[] = [];
  for (const u of scenarios.flatMap((s) => s.uses)) {
    const src = sources.get(u.ns);
    if (!src || !u.maxLength) continue;
    const logical = logicalOf(u.key, src.pluralBases);
    for (const locale of set.locales.values()) {
      const file = locale.namespaces.get(u.ns);
      for (const leaf of file?.leaves.values() ?? []) {
        if (logicalOf(leaf.key, src.pluralBases) !== logical || !file) continue;
        const len = [...(textOf(leaf) ?? '')].length;
        if (len <= u.maxLength) continue;
        out.push(
          diagnostic({
            severity: 'warning',
            locale: locale.code,
            file: `${dir}/${file.file}`,
            line: leaf.line,
            key: leaf.key,
            code: 'i18n.screenLength',
            message: `${len} characters; the ${u.where} holds at most ${u.maxLength}`,
            fix: `shorten it (screen limits: ${JSON.stringify(MAX_LENGTH)}, in src/i18n/model/constants.ts)`,
          }),
        );
      }
    }
  }
  return out;
}
