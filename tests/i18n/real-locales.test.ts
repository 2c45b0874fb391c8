// CI gate: `i18n:check` over the repository's real locales, scenarios and code must find no errors.
// Warnings (stale keys, unused `common` keys the code scan may miss) are printed, not failed.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/cli/i18n/diagnostics';
import { checkProject, errors } from './helpers';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('real locales', () => {
  it('pass npm run i18n:check with zero errors', () => {
    const found = errors(checkProject(ROOT));
    // Listing the findings in the assertion shows translators exactly what to fix in CI output.
    expect(found.map(formatDiagnostic)).toEqual([]);
  });
});
