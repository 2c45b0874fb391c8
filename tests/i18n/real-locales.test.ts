// CI gate: `i18n:check` over the repository's real locales, scenarios and code must find no errors;
// and XLIFF export then import of every real language must change nothing.
// Warnings (stale keys, unused `common` keys the code scan may miss, long labels) are not failures.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLocaleSet, loadScenarios } from '../../src/dev/i18n/load';
import { formatDiagnostic } from '../../src/dev/report';
import { targetLocales } from '../../src/i18n/model/locale';
import { exportXliff } from '../../src/i18n/model/xliff';
import { importXliff } from '../../src/i18n/model/xliffImport';
import { checkProject, errors } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('real locales', () => {
  it('pass npm run i18n:check with zero errors', () => {
    const found = errors(checkProject(ROOT));
    // Listing the findings in the assertion shows translators exactly what to fix in CI output.
    expect(found.map(formatDiagnostic)).toEqual([]);
  });

  it('survive an XLIFF round trip of every language unchanged', () => {
    const set = loadLocaleSet(ROOT);
    const uses = loadScenarios(ROOT).scenarios.flatMap((s) => s.uses);
    for (const locale of targetLocales(set)) {
      const result = importXliff(set, exportXliff(set, locale.code, uses));
      expect([...result.writes.keys()], locale.code).toEqual([]);
    }
  });
});
