// Assignment links: `?scenario=…&lng=…&mode=practice|assessment&class=…&id=…`, built by the teacher
// page and read by the game. Parsing never throws: a bad link becomes a typed error the game
// shows as a friendly message before the normal menu.

import type { Result } from '../engine';
import { ASSIGNMENT_ID } from './resultCode';

export type AssignmentMode = 'practice' | 'assessment';
export const CHOICE_LNG = 'choice';
const MAX_CLASS = 80;
const ASSIGNMENT_KEYS = ['scenario', 'mode', 'class', 'scorm'];
/** `keys` is the game's translator preview, allowed alongside an assignment. */
const KNOWN = new Set([...ASSIGNMENT_KEYS, 'lng', 'keys', 'id']);

export interface Assignment {
  scenario: string;
  /** A language code, or `choice` (the student picks). */
  lng: string;
  /** practice: feedback at once, retry allowed; assessment: no retry, feedback at the debrief. */
  mode: AssignmentMode;
  classLabel: string;
  /** Launched from a SCORM package inside an LMS (`scorm=1`): report to the LMS's API. */
  scorm?: boolean;
  /** Made by the teacher page for this link; carried into the result code (version 2). */
  id?: string;
}

export type AssignmentError =
  | { kind: 'unknownParameter'; name: string }
  | { kind: 'repeatedParameter'; name: string }
  | { kind: 'missingScenario' }
  | { kind: 'unknownScenario'; scenario: string }
  | { kind: 'unknownLanguage'; lng: string }
  | { kind: 'badMode'; mode: string }
  | { kind: 'badClass' }
  | { kind: 'badScorm' }
  | { kind: 'badId' };

export interface AssignmentContext {
  scenarios: readonly string[];
  languages: readonly string[];
}

/** Query string for an assignment (`?…`), parameters in a fixed order. */
export function assignmentQuery(a: Assignment): string {
  const p = new URLSearchParams({ scenario: a.scenario, lng: a.lng, mode: a.mode });
  const label = a.classLabel.trim();
  if (label) p.set('class', label.slice(0, MAX_CLASS));
  if (a.scorm) p.set('scorm', '1');
  if (a.id) p.set('id', a.id);
  return `?${p.toString()}`;
}

/** The link to the game, relative to `pageUrl` (the teacher page sits next to index.html). */
export function assignmentLink(a: Assignment, pageUrl: string): string {
  return new URL(`index.html${assignmentQuery(a)}`, pageUrl).toString();
}

const fail = (error: AssignmentError): Result<Assignment | null, AssignmentError> => ({ ok: false, error });

/**
 * Reads an assignment from a query string. `ok(null)` means "no assignment": no `scenario`,
 * `mode`, `class` or `scorm` (a plain `?lng=` link only picks the language).
 */
export function parseAssignment(
  search: string,
  ctx: AssignmentContext,
): Result<Assignment | null, AssignmentError> {
  const params = new URLSearchParams(search);
  // Only a link naming a scenario, mode, class or LMS launch is an assignment; other links
  // (`?lng=hy`, a translator's `?lng=pseudo&keys=1`) are the game's own business.
  if (!ASSIGNMENT_KEYS.some((k) => params.has(k))) return { ok: true, value: null };
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) return fail({ kind: 'unknownParameter', name });
    if (seen.has(name)) return fail({ kind: 'repeatedParameter', name });
    seen.add(name);
  }
  const scenario = params.get('scenario');
  if (!scenario) return fail({ kind: 'missingScenario' });
  if (!ctx.scenarios.includes(scenario)) return fail({ kind: 'unknownScenario', scenario });
  const lng = params.get('lng') ?? CHOICE_LNG;
  if (lng !== CHOICE_LNG && !ctx.languages.includes(lng)) return fail({ kind: 'unknownLanguage', lng });
  const mode = params.get('mode') ?? 'practice';
  if (mode !== 'practice' && mode !== 'assessment') return fail({ kind: 'badMode', mode });
  const classLabel = (params.get('class') ?? '').trim();
  // Control characters would be invisible in the banner and break the CSV a teacher exports.
  if (classLabel.length > MAX_CLASS || /\p{Cc}/u.test(classLabel)) return fail({ kind: 'badClass' });
  const scorm = params.get('scorm');
  if (scorm !== null && scorm !== '1') return fail({ kind: 'badScorm' });
  const id = params.get('id');
  if (id !== null && !ASSIGNMENT_ID.test(id)) return fail({ kind: 'badId' });
  const extra = { ...(scorm ? { scorm: true } : {}), ...(id ? { id } : {}) };
  return { ok: true, value: { scenario, lng, mode, classLabel, ...extra } };
}

/** A fresh assignment id: 12 random base64url characters (72 bits), made on the teacher page. */
export function newAssignmentId(): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => abc[b & 63]).join('');
}
