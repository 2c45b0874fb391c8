// The teacher's result codes, kept only in this browser's localStorage (never sent anywhere).
// Reading never throws and never trusts what is stored: damaged or oversize values are skipped
// and counted, so the teacher page always boots to a usable screen.

const KEY = 'precedent.teacher.codes';
const MAX_ENTRIES = 1000;
/** The longest entry kept (a result code is under 1,500 characters; see MAX_CODE). */
export const MAX_ENTRY = 8000;
/** A stored value longer than this is not even parsed (it cannot be ours). */
const MAX_STORED = MAX_ENTRIES * (MAX_ENTRY + 4);

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredCodes {
  codes: string[];
  /** Entries that were not strings or were too long, left out of `codes`. */
  skipped: number;
  /** The stored value was not a JSON list (or too large to be one of ours). */
  damaged: boolean;
}

export interface ResultStore {
  load(): StoredCodes;
  list(): string[];
  /**
   * Adds entries not stored yet: `added` new ones stored, `refused` new ones the browser would not
   * store (storage full or turned off), which the page must say rather than count as added.
   */
  add(entries: readonly string[]): { added: number; refused: number };
  /** Removes one entry (every copy of that exact text). */
  remove(entry: string): void;
  clear(): void;
}

function parse(raw: string | null): StoredCodes {
  if (raw === null) return { codes: [], skipped: 0, damaged: false };
  if (raw.length > MAX_STORED) return { codes: [], skipped: 0, damaged: true };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { codes: [], skipped: 0, damaged: true };
  }
  if (!Array.isArray(v)) return { codes: [], skipped: 0, damaged: true };
  const codes = v.filter((x): x is string => typeof x === 'string' && x.length <= MAX_ENTRY);
  return { codes: codes.slice(-MAX_ENTRIES), skipped: v.length - codes.length, damaged: false };
}

export function createResultStore(storage: StorageLike | undefined = globalThis.localStorage): ResultStore {
  const load = (): StoredCodes => {
    try {
      return parse(storage?.getItem(KEY) ?? null);
    } catch {
      // Storage disabled (some private modes throw on access).
      return { codes: [], skipped: 0, damaged: false };
    }
  };
  /** False when the browser would not store them (no storage, full, or turned off). */
  const write = (codes: string[]): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(KEY, JSON.stringify(codes.slice(-MAX_ENTRIES)));
      return true;
    } catch {
      return false;
    }
  };
  return {
    load,
    list: () => load().codes,
    add(entries) {
      const have = load().codes;
      const seen = new Set(have);
      const fresh = entries
        .map((e) => e.trim())
        .filter((e) => e && e.length <= MAX_ENTRY && !seen.has(e) && seen.add(e));
      if (fresh.length && !write([...have, ...fresh])) return { added: 0, refused: fresh.length };
      return { added: fresh.length, refused: 0 };
    },
    remove(entry) {
      // Rewriting drops whatever was skipped as damaged, which is what a removal should do.
      write(load().codes.filter((c) => c !== entry));
    },
    clear: () => {
      try {
        storage?.removeItem(KEY);
      } catch {
        // Nothing stored to clear.
      }
    },
  };
}
