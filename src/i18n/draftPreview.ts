// The translator's preview: opened from translate.html as `?draft=1&lng=<code>`, the game runs
// with the draft the page left in localStorage as that language, without a rebuild. Off unless the
// address asks for it; a damaged or absent draft is ignored (the game starts as usual).

import type { NamespaceLoaders } from './index';
import type { LanguageMeta } from './languages';

/** The localStorage key translate.html writes and the game reads (same origin, nothing sent). */
export const DRAFT_PREVIEW_KEY = 'precedent.translatorDraft';

export interface DraftPreview {
  code: string;
  meta: LanguageMeta;
  /** Namespace → i18next resources (nested objects of strings). */
  resources: Record<string, unknown>;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `storage` is a function: some browsers throw on mere access to localStorage when it is disabled. */
export function readDraftPreview(
  search: string,
  storage: () => Pick<Storage, 'getItem'> | null,
): DraftPreview | undefined {
  if (new URLSearchParams(search).get('draft') !== '1') return undefined;
  try {
    const d: unknown = JSON.parse(storage()?.getItem(DRAFT_PREVIEW_KEY) ?? 'null');
    if (!isObj(d) || typeof d.code !== 'string' || !isObj(d.meta) || !isObj(d.resources)) return undefined;
    if (typeof d.meta.name !== 'string' || !Object.values(d.resources).every(isObj)) return undefined;
    return d as unknown as DraftPreview;
  } catch {
    return undefined;
  }
}

/** Adds (or replaces) the draft's language: its namespaces load from the draft, not the network. */
export function withDraft(
  languages: Record<string, LanguageMeta>,
  loaders: NamespaceLoaders,
  draft: DraftPreview,
): { languages: Record<string, LanguageMeta>; loaders: NamespaceLoaders } {
  const own = Object.fromEntries(
    Object.entries(draft.resources).map(([ns, data]) => [ns, async () => ({ default: data })]),
  );
  const fonts = Array.isArray(draft.meta.fonts) ? draft.meta.fonts : ['Noto Sans'];
  return {
    languages: { ...languages, [draft.code]: { ...draft.meta, fonts } },
    loaders: { ...loaders, [draft.code]: own },
  };
}
