// What check reports: one finding, with the locale, file, line and key it is about and how to fix it.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  locale: string;
  /** Relative to the repository: `locales/hy/appeal.json`, `scenarios/appeal.yaml`. */
  file: string;
  /** 1-based; 0 when the finding is about a whole file. */
  line: number;
  key?: string;
  message: string;
  fix: string;
}

/** `error locales/hy/appeal.json:12 nodes.a.text — message\n    fix: …` */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  const key = d.key ? ` ${d.key}` : '';
  return `${d.severity} [${d.locale}] ${at}${key} — ${d.message}\n    fix: ${d.fix}`;
}

export function countBySeverity(ds: readonly Diagnostic[]): Record<Severity, number> {
  return {
    error: ds.filter((d) => d.severity === 'error').length,
    warning: ds.filter((d) => d.severity === 'warning').length,
  };
}
