// Which languages a scenario is complete in: every key of the English (source) namespace has
// a non-empty string in the language, with plural forms counted per base key (ru needs
// one/few/many/other, hy one/other, so suffixes differ between languages by design).

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattened base keys with a non-empty string value. */
export function filledKeys(bundle: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (typeof bundle !== 'object' || bundle === null) return out;
  for (const [k, v] of Object.entries(bundle)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') {
      if (v.trim() !== '') out.add(key.replace(PLURAL, ''));
    } else for (const sub of filledKeys(v, key)) out.add(sub);
  }
  return out;
}

/** Languages (source first) whose bundle has every key the source bundle has. */
export function completeLanguages(bundles: Record<string, unknown>, source = 'en'): string[] {
  const need = filledKeys(bundles[source]);
  if (need.size === 0) return [];
  return Object.keys(bundles)
    .filter((lng) => {
      const have = filledKeys(bundles[lng]);
      return [...need].every((k) => have.has(k));
    })
    .sort((a, b) => (a === source ? -1 : b === source ? 1 : a.localeCompare(b)));
}
