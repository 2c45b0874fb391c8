// Keys against their users: every key a scenario or code uses must exist in English, and every
// English key must be used by something (scenario walk is exhaustive; the code scan is not).

import { diagnostic, type LocaleDiagnostic } from './diagnostics';
import { logicalOf, nestings } from './keys';
import type { SourceNs } from './locale';
import { textOf } from './locale';
import type { CodeScan, TextUse } from './usage';

export interface ScenarioUses {
  /** `scenarios/appeal.yaml` */
  file: string;
  uses: TextUse[];
}

export const CODE_NS = 'common';
/**
 * Namespaces of pages rather than scenarios: no scenario file is expected for them. Only
 * `common` is scanned for unused keys here; the teacher page's keys are checked both ways by
 * tests/teacher/teacherLocales.test.ts.
 */
export const PAGE_NS: ReadonlySet<string> = new Set([CODE_NS, 'teacher', 'lms', 'translate']);

export function checkUsage(
  sources: Map<string, SourceNs>,
  scenarios: readonly ScenarioUses[],
  code: CodeScan | undefined,
  dir: string,
): LocaleDiagnostic[] {
  const out: LocaleDiagnostic[] = [];
  const used = new Map<string, Set<string>>();
  const mark = (ns: string, key: string) => used.set(ns, (used.get(ns) ?? new Set()).add(key));
  for (const s of scenarios) {
    for (const u of s.uses) {
      mark(u.ns, u.key);
      const src = sources.get(u.ns);
      if (src && defines(src, u.key)) continue;
      out.push(
        diagnostic({
          severity: 'error',
          locale: 'en',
          file: s.file,
          line: u.line ?? 0,
          key: `${u.ns}:${u.key}`,
          code: 'i18n.undefinedKey',
          message: `${u.field} (${u.where}) uses a key that ${dir}/en/${u.ns}.json does not define`,
          fix: `add "${u.key}" with its English text to ${dir}/en/${u.ns}.json (and translations), or fix the key in ${s.file}`,
        }),
      );
    }
  }
  for (const [key, where] of code?.keys ?? []) {
    mark(CODE_NS, key);
    const src = sources.get(CODE_NS);
    if (src && defines(src, key)) continue;
    out.push(
      diagnostic({
        severity: 'error',
        locale: 'en',
        file: where[0]?.split(':')[0] ?? 'src',
        line: Number(where[0]?.split(':')[1] ?? 0),
        key: `${CODE_NS}:${key}`,
        code: 'i18n.undefinedKey',
        message: `code uses a key that ${dir}/en/${CODE_NS}.json does not define`,
        fix: `add "${key}" to ${dir}/en/${CODE_NS}.json and the other languages`,
      }),
    );
  }
  markNestings(sources, mark, out, dir);
  out.push(...unused(sources, scenarios, used, code, dir));
  return out;
}

function defines(src: SourceNs, key: string): boolean {
  const logical = logicalOf(key, src.pluralBases);
  return src.keys.some((k) => k.key === logical);
}

/** `$t(key)` inside a string uses that key (in the same namespace unless `ns:` is given). */
function markNestings(
  sources: Map<string, SourceNs>,
  mark: (ns: string, key: string) => void,
  out: LocaleDiagnostic[],
  dir: string,
): void {
  for (const src of sources.values()) {
    for (const leaf of src.file.leaves.values()) {
      for (const ref of nestings(textOf(leaf) ?? '')) {
        const [ns, key] = ref.includes(':') ? (ref.split(':', 2) as [string, string]) : [src.ns, ref];
        mark(ns, key);
        const target = sources.get(ns);
        if (target && defines(target, key)) continue;
        out.push(
          diagnostic({
            severity: 'error',
            locale: 'en',
            file: `${dir}/${src.file.file}`,
            line: leaf.line,
            key: leaf.key,
            code: 'i18n.undefinedKey',
            message: `$t(${ref}) refers to a key English does not define`,
            fix: `define "${key}" in ${dir}/en/${ns}.json or fix the reference`,
          }),
        );
      }
    }
  }
}

function unused(
  sources: Map<string, SourceNs>,
  scenarios: readonly ScenarioUses[],
  used: Map<string, Set<string>>,
  code: CodeScan | undefined,
  dir: string,
): LocaleDiagnostic[] {
  const out: LocaleDiagnostic[] = [];
  const scenarioNs = new Set(scenarios.flatMap((s) => s.uses.map((u) => u.ns)));
  for (const src of sources.values()) {
    const isCode = src.ns === CODE_NS;
    if (!isCode && PAGE_NS.has(src.ns)) continue;
    if (!isCode && !scenarioNs.has(src.ns)) {
      out.push(
        diagnostic({
          severity: 'warning',
          locale: 'en',
          file: `${dir}/${src.file.file}`,
          line: 0,
          code: 'i18n.unusedNamespace',
          message: `no scenario uses namespace "${src.ns}" (no scenarios/*.yaml with this id or meta.namespace)`,
          fix: 'add the scenario file, or delete this namespace in every language',
        }),
      );
      continue;
    }
    if (isCode && !code) continue;
    for (const lk of src.keys) {
      if (used.get(src.ns)?.has(lk.key) || (isCode && code && mentionedInCode(code, lk.key))) continue;
      out.push(unusedDiagnostic(src, lk.key, isCode, dir));
    }
  }
  return out;
}

/** Weaker evidence than a call: the key as a string literal (a table of keys) or a run-time prefix. */
function mentionedInCode(code: CodeScan, key: string): boolean {
  return (
    code.mentions.has(key) || [...code.dynamicPrefixes.keys()].some((p) => p !== '' && key.startsWith(p))
  );
}

function unusedDiagnostic(src: SourceNs, key: string, isCode: boolean, dir: string): LocaleDiagnostic {
  const line =
    src.file.leaves.get(key)?.line ?? [...src.file.leaves.values()].find((l) => l.key.startsWith(key))?.line;
  return diagnostic({
    severity: isCode ? 'warning' : 'error',
    locale: 'en',
    file: `${dir}/${src.file.file}`,
    line: line ?? 0,
    key,
    code: 'i18n.unusedKey',
    message: isCode
      ? "nothing in src/ mentions this key (no ui('<key>')/tc('<key>') call, 'common:<key>' or '<key>' literal); keys built at run time are invisible to the scan, so this may be a false alarm"
      : `no TextKey field of the scenario uses this key`,
    fix: isCode
      ? `reference it as ui('${key}') or '${key}' in a key table, or delete it from every language`
      : 'delete it from every language, or use it in the scenario file',
  });
}
