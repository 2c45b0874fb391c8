// What check reports: the engine's Diagnostic (one shape for `validate` and `i18n:check`, printed by
// src/dev/report.ts), plus the language it is about; the key is the Diagnostic's path.

import type { Diagnostic, Severity } from '../../engine';

export type { Severity };

export type LocaleDiagnostic = Diagnostic & {
  /** The language the finding is about (`en` for English and for usage by scenarios or code). */
  locale: string;
};

/** A finding's fields as the checks write them; `diagnostic()` turns them into the shared shape. */
export interface Found {
  severity: Severity;
  locale: string;
  /** Relative to the repository: `locales/hy/appeal.json`, `scenarios/appeal.yaml`. */
  file: string;
  /** 1-based; 0 when the finding is about a whole file. */
  line: number;
  column?: number;
  key?: string;
  message: string;
  fix: string;
  /** Stable rule name after `i18n.`; defaults to `i18n.text`. */
  code?: string;
}

export function diagnostic(f: Found): LocaleDiagnostic {
  return {
    severity: f.severity,
    code: f.code ?? 'i18n.text',
    path: f.key === undefined ? [] : [f.key],
    message: f.message,
    fix: f.fix,
    file: f.file,
    locale: f.locale,
    ...(f.line > 0 ? { line: f.line, column: f.column ?? 1 } : {}),
  };
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  return {
    error: ds.filter((d) => d.severity === 'error').length,
    warning: ds.filter((d) => d.severity === 'warning').length,
  };
}
