// One SCORM 1.2 package as zip bytes, from the built site's files: the game, the launch page,
// imsmanifest.xml and the four SCORM 1.2 schema files. Browser-safe and deterministic (sorted
// entries, fixed dates), so `npm run package:scorm` and the teacher page make identical zips.

import { type Zippable, zipSync } from 'fflate';
import type { AssignmentMode } from '../assignment';
import { LAUNCH, launchPage, manifest } from './manifest';

/** The schema files a SCORM 1.2 package carries at its root (src/platform/scorm/xsd/). */
export const XSD_FILES = [
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
] as const;
export type Schemas = Record<(typeof XSD_FILES)[number], string>;

export interface PackageSettings {
  id: string;
  contentVersion: number;
  title: string;
  /** Percentage the LMS compares `cmi.core.score.raw` with (adlcp:masteryscore). */
  mastery: number;
  mode: AssignmentMode;
  /** A language code, or `choice`. */
  lng: string;
}

/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(woff2?|png|jpe?g|webp|gz|zip)$/;
// Built from local-time fields, as the zip's DOS dates are: the same bytes in every time zone.
const MTIME = new Date(2000, 0, 1, 0, 0, 0);

export function packageFileName(s: PackageSettings): string {
  return `precedent-${s.id}-v${s.contentVersion}-${s.mode}-${s.lng}-scorm12.zip`;
}

/** Why the settings cannot make a package, or null. */
export function settingsProblem(s: PackageSettings): string | null {
  if (!Number.isInteger(s.mastery) || s.mastery < 0 || s.mastery > 100)
    return `mastery must be a whole number from 0 to 100, not ${String(s.mastery)}`;
  return null;
}

/** `site` maps each path of `scorm-files.json` to its bytes. */
export function scormZip(site: Record<string, Uint8Array>, schemas: Schemas, s: PackageSettings): Uint8Array {
  const problem = settingsProblem(s);
  if (problem) throw new Error(`SCORM package for ${s.id}: ${problem}.`);
  const files = Object.keys(site).sort();
  const enc = new TextEncoder();
  const zip: Zippable = {};
  const add = (name: string, bytes: Uint8Array) => {
    zip[name] = [bytes, { level: STORED.test(name) ? 0 : 9, mtime: MTIME }];
  };
  add('imsmanifest.xml', enc.encode(manifest({ ...s, files })));
  for (const name of XSD_FILES) add(name, enc.encode(schemas[name]));
  add(LAUNCH, enc.encode(launchPage(s.id, s.title, s)));
  for (const f of files) add(f, site[f] as Uint8Array);
  return zipSync(zip);
}
