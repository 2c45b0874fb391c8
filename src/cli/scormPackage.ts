// Zips a built site into one SCORM 1.2 package for one scenario: every file of the site (except
// the teacher page), the launch page and imsmanifest.xml. Used by the CLI and the browser test.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { LAUNCH, launchPage, manifest, type PackageInfo } from './scormManifest';

/** Already-compressed formats are stored, not deflated again. */
const STORED = /\.(woff2?|png|jpe?g|webp|gz|zip)$/;

export function siteFiles(siteDir: string, dir = siteDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? siteFiles(siteDir, p) : [relative(siteDir, p).split('\\').join('/')];
  });
}

export function scormZip(siteDir: string, info: Omit<PackageInfo, 'files'>): Uint8Array {
  // The teacher page is not part of a student package.
  const files = siteFiles(siteDir).filter((f) => f !== 'teacher.html');
  const zip: Zippable = {};
  for (const f of files) zip[f] = [readFileSync(join(siteDir, f)), { level: STORED.test(f) ? 0 : 9 }];
  const enc = new TextEncoder();
  zip[LAUNCH] = enc.encode(launchPage(info.id, info.title));
  zip['imsmanifest.xml'] = enc.encode(manifest({ ...info, files }));
  return zipSync(zip);
}
