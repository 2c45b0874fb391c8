// Reads a built site (its `scorm-files.json` list) and the vendored SCORM 1.2 schemas from disk
// and makes one package with the browser-safe builder. Used by the CLI and the tests.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type PackageSettings, type Schemas, scormZip, XSD_FILES } from '../platform/scorm/package';

export const SCORM_FILES = 'scorm-files.json';
const XSD_DIR = join(import.meta.dirname, '..', 'platform', 'scorm', 'xsd');

export function readSchemas(): Schemas {
  return Object.fromEntries(XSD_FILES.map((f) => [f, readFileSync(join(XSD_DIR, f), 'utf8')])) as Schemas;
}

/** The package's files from a built site, as listed in its `scorm-files.json`. */
export function readSite(siteDir: string): Record<string, Uint8Array> {
  const listFile = join(siteDir, SCORM_FILES);
  if (!existsSync(listFile))
    throw new Error(`${listFile} is missing: build the site first (npm run build) or drop --no-build.`);
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
  return Object.fromEntries(list.map((f) => [f, new Uint8Array(readFileSync(join(siteDir, f)))]));
}

export function scormZipFromSite(siteDir: string, s: PackageSettings): Uint8Array {
  return scormZip(readSite(siteDir), readSchemas(), s);
}

export interface ScenarioInfo {
  id: string;
  contentVersion: number;
  title: string;
}

/** The shipped scenarios with the package title of each. */
export function scenarios(): ScenarioInfo[] {
  return readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const s = parse(readFileSync(join('scenarios', f), 'utf8')) as {
        id: string;
        contentVersion: number;
        meta: { title: string; namespace?: string };
      };
      return {
        id: s.id,
        contentVersion: s.contentVersion,
        title: englishTitle(s.meta.namespace ?? s.id, s.meta.title),
      };
    });
}

/** The package title, as the teacher page writes it: "Precedent: " and the English title. */
function englishTitle(ns: string, key: string): string {
  try {
    let v: unknown = JSON.parse(readFileSync(join('locales', 'en', `${ns}.json`), 'utf8'));
    for (const part of key.split('.')) v = (v as Record<string, unknown>)?.[part];
    return typeof v === 'string' ? `Precedent: ${v}` : `Precedent: ${ns}`;
  } catch {
    return `Precedent: ${ns}`;
  }
}
