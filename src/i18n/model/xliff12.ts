// XLIFF 1.2 export, for translation tools that read no 2.0: the same plan as the 2.0 export
// (xliff.ts), one <trans-unit> per key or plural form, the notes as <note from="…">, the length
// budget as maxwidth, and the key's standing as the target's state.

import { type LocaleSet, SOURCE_LNG } from './locale';
import type { TextUse } from './usage';
import { type ExportUnit, exportPlan } from './xliff';
import { el, serializeXml } from './xml';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * 1.2 target states. A missing text gets an empty target marked needs-translation (tools then
 * show it as to do); stale and unconfirmed ones need a look; the reviewer's tick is signed-off.
 */
export function state12(u: ExportUnit): string {
  if (u.state === 'missing' || u.plan.target === undefined) return 'needs-translation';
  if (u.state !== 'current') return 'needs-review-translation';
  return u.reviewed ? 'signed-off' : 'translated';
}

function transUnit(u: ExportUnit) {
  const size = u.maxLength === undefined ? {} : { maxwidth: String(u.maxLength), 'size-unit': 'char' };
  return el(
    'trans-unit',
    {
      id: u.plan.id,
      resname: u.plan.id,
      'xml:space': 'preserve',
      ...size,
      ...(u.reviewed ? { approved: 'yes' } : {}),
    },
    [
      el('source', {}, [u.plan.source]),
      el('target', { state: state12(u) }, u.plan.target === undefined ? [] : [u.plan.target]),
      ...u.notes.map(([from, text]) => el('note', { from }, [text])),
    ],
  );
}

export function exportXliff12(
  set: LocaleSet,
  lng: string,
  uses: readonly TextUse[],
  reviewed?: ReadonlySet<string>,
): string {
  const files = exportPlan(set, lng, uses, reviewed).map((f) =>
    el(
      'file',
      { original: f.original, 'source-language': SOURCE_LNG, 'target-language': lng, datatype: 'plaintext' },
      [el('body', {}, f.units.map(transUnit))],
    ),
  );
  return serializeXml(el('xliff', { xmlns: XLIFF12_NS, version: '1.2' }, files));
}
