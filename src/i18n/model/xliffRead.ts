// Reads an XLIFF 2.0 or 1.2 document into one neutral shape (files of units with source, target
// and a state), so that the import judges both versions by the same rules (xliffImport.ts).

import { safeEcho } from '../../engine';
import { SOURCE_LNG } from './locale';
import { XLIFF_NS } from './xliff';
import { XLIFF12_NS } from './xliff12';
import { childElements, textContent, type XmlElement } from './xml';

/** initial: needs a look; translated: the translator stands by it; reviewed: a second pass too. */
export type UnitState = 'initial' | 'translated' | 'reviewed';

export interface ReadUnit {
  id: string;
  line: number;
  /** A structural fault of the unit (e.g. two segments), reported with its place. */
  problem?: string;
  /** Undefined when it holds inline markup (then it cannot match the English). */
  source: string | undefined;
  /** Undefined: no translation offered. `markup`: the target holds elements. */
  target: string | undefined | { markup: true };
  state: UnitState;
}

export interface ReadFile {
  ns: string;
  /** How the file names itself in messages: `<file id="demo">` or `<file original="…">`. */
  label: string;
  line: number;
  units: ReadUnit[];
}

export interface ReadXliff {
  version: '2.0' | '1.2';
  lng: string;
  /** The attribute that names the language, for messages. */
  lngAttr: 'trgLang' | 'target-language';
  files: ReadFile[];
}

function targetOf(e: XmlElement | undefined): ReadUnit['target'] {
  if (!e) return undefined;
  return textContent(e) ?? { markup: true };
}

function sourceOf(parent: XmlElement): string | undefined {
  const s = childElements(parent, 'source')[0];
  return s ? textContent(s) : undefined;
}

const STATE_20: Record<string, UnitState> = {
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'reviewed',
};

function read20(root: XmlElement): ReadXliff {
  const files = childElements(root, 'file').map((f): ReadFile => {
    const ns = f.attrs.id ?? '';
    const units = childElements(f, 'unit').map((u): ReadUnit => {
      const segments = childElements(u, 'segment');
      const seg = segments[0];
      const base = { id: u.attrs.id ?? '', line: u.line };
      if (segments.length !== 1 || !seg)
        return {
          ...base,
          problem: 'expected exactly one <segment>',
          source: '',
          target: undefined,
          state: 'initial',
        };
      const state = STATE_20[seg.attrs.state ?? 'initial'] ?? 'initial';
      return { ...base, source: sourceOf(seg), target: targetOf(childElements(seg, 'target')[0]), state };
    });
    return { ns, label: `<file id="${safeEcho(ns)}">`, line: f.line, units };
  });
  return { version: '2.0', lng: root.attrs.trgLang ?? '', lngAttr: 'trgLang', files };
}

/** 1.2 states. approved="yes" is the older way tools mark a reviewed text; a state wins over it. */
function state12(target: XmlElement | undefined, unit: XmlElement): UnitState {
  const s = target?.attrs.state;
  if (s === 'signed-off' || s === 'final') return 'reviewed';
  if (s === undefined && unit.attrs.approved === 'yes') return 'reviewed';
  return s === 'translated' ? 'translated' : 'initial';
}

/** Trans-units in a body, also inside the <group>s some tools add. */
function transUnits(e: XmlElement): XmlElement[] {
  return childElements(e).flatMap((c) =>
    c.name === 'trans-unit' ? [c] : c.name === 'group' ? transUnits(c) : [],
  );
}

function read12(root: XmlElement, problems: string[]): ReadXliff {
  const fileEls = childElements(root, 'file');
  const lng = fileEls[0]?.attrs['target-language'] ?? '';
  const files = fileEls.map((f): ReadFile => {
    const original = f.attrs.original ?? '';
    // The namespace is the file's name: `locales/en/appeal.json` → appeal (tools keep `original`).
    const ns = /(?:^|[/\\])([^/\\]+)\.json$/.exec(original)?.[1] ?? '';
    const label = `<file original="${safeEcho(original)}">`;
    if (!ns)
      problems.push(
        `${label} (line ${f.line}): original must name the English file, locales/en/<namespace>.json`,
      );
    const src = f.attrs['source-language'] ?? '';
    if (src !== SOURCE_LNG)
      problems.push(
        `${label} (line ${f.line}): source-language must be "${SOURCE_LNG}", not "${safeEcho(src)}"`,
      );
    const trg = f.attrs['target-language'] ?? '';
    if (trg !== lng)
      problems.push(
        `${label} (line ${f.line}): target-language "${safeEcho(trg)}" differs from the first file's "${safeEcho(lng)}"`,
      );
    const body = childElements(f, 'body')[0];
    const units = (body ? transUnits(body) : []).map((u): ReadUnit => {
      const t = childElements(u, 'target')[0];
      const state = state12(t, u);
      let target = targetOf(t);
      // An empty target not marked done is how 1.2 writes "not translated yet" (our export does).
      if (target === '' && state === 'initial') target = undefined;
      return { id: u.attrs.id ?? '', line: u.line, source: sourceOf(u), target, state };
    });
    return { ns, label, line: f.line, units };
  });
  return { version: '1.2', lng, lngAttr: 'target-language', files };
}

/** Recognises the version from the root; undefined (with the reason in `problems`) if neither. */
export function readXliff(root: XmlElement, problems: string[]): ReadXliff | undefined {
  const a = root.attrs;
  if (root.name === 'xliff' && a.xmlns === XLIFF_NS && a.version === '2.0') {
    if (a.srcLang !== SOURCE_LNG) {
      problems.push(`srcLang must be "${SOURCE_LNG}", not "${safeEcho(a.srcLang ?? '')}"`);
      return undefined;
    }
    return read20(root);
  }
  if (root.name === 'xliff' && a.xmlns === XLIFF12_NS && a.version === '1.2') {
    const r = read12(root, problems);
    return problems.length ? undefined : r;
  }
  problems.push(
    `the root must be <xliff xmlns="${XLIFF_NS}" version="2.0"> or <xliff xmlns="${XLIFF12_NS}" version="1.2">`,
  );
  return undefined;
}
