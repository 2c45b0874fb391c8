// The assignments this teacher page made (id → scenario, seat, mode, class), kept in this
// browser's localStorage so a result code can be checked against the link it was played from.

import type { AssignmentMode } from '../platform/assignment';
import { ASSIGNMENT_ID } from '../platform/resultCode';

const KEY = 'precedent.teacher.assignments';
const MAX = 500;

export interface AssignmentRecord {
  id: string;
  scenario: string;
  seat: string;
  mode: AssignmentMode;
  classLabel: string;
  /** Epoch milliseconds the link was made. */
  created: number;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const isRecord = (v: unknown): v is AssignmentRecord => {
  const r = v as Partial<AssignmentRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    ASSIGNMENT_ID.test(r.id) &&
    typeof r.scenario === 'string' &&
    typeof r.seat === 'string' &&
    (r.mode === 'practice' || r.mode === 'assessment') &&
    typeof r.classLabel === 'string' &&
    typeof r.created === 'number'
  );
};

export function loadAssignments(
  storage: StorageLike | undefined = globalThis.localStorage,
): Map<string, AssignmentRecord> {
  try {
    const raw = storage?.getItem(KEY) ?? '[]';
    const v: unknown = raw.length > 1_000_000 ? [] : JSON.parse(raw);
    const list = Array.isArray(v) ? v.filter(isRecord) : [];
    return new Map(list.map((r) => [r.id, r]));
  } catch {
    return new Map();
  }
}

/** Adds or updates one assignment (the newest MAX are kept). */
export function saveAssignment(
  r: AssignmentRecord,
  storage: StorageLike | undefined = globalThis.localStorage,
): void {
  const all = loadAssignments(storage);
  all.delete(r.id);
  all.set(r.id, r);
  try {
    storage?.setItem(KEY, JSON.stringify([...all.values()].slice(-MAX)));
  } catch {
    // Storage full or off: the link still works; its codes will show as from an unknown assignment.
  }
}
