// Text keys a scenario references, and the check that each exists in the source-language (en)
// namespace. Keys follow the naming convention in scenarios/README.md; a key elsewhere is allowed
// but warned about, because translators find text by its place in the scenario.

import { collectTextKeys, type Diagnostic, hasKey, type Scenario } from '../engine';

export { collectTextKeys, hasKey, type KeyUse } from '../engine';

/** Checks every referenced key against the en namespace; warns on keys off the convention. */
export function checkTextKeys(s: Scenario, ns: unknown, nsName: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const u of collectTextKeys(s)) {
    if (!hasKey(ns, u.key)) {
      out.push({
        severity: 'error',
        code: 'text.missingKey',
        path: u.path,
        message: `text key '${u.key}' is missing from locales/en/${nsName}.json`,
        fix: `add "${u.key}" (nested by dots) with the English text`,
      });
    }
    if (u.expected && u.key !== u.expected) {
      out.push({
        severity: 'warning',
        code: 'text.keyName',
        path: u.path,
        message: `text key '${u.key}' does not follow the naming convention`,
        fix: `name it '${u.expected}' (see scenarios/README.md)`,
      });
    }
  }
  return out;
}
