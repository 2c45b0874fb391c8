// The teacher's pasted result codes, kept only in this browser's localStorage (never sent
// anywhere), with a cap so a runaway paste cannot fill the storage quota.

const KEY = 'precedent.teacher.codes';
const MAX_ENTRIES = 1000;
const MAX_ENTRY = 8000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ResultStore {
  list(): string[];
  /** Adds entries not stored yet; returns how many were new. */
  add(entries: readonly string[]): number;
  clear(): void;
}

export function createResultStore(storage: StorageLike | undefined = globalThis.localStorage): ResultStore {
  const read = (): string[] => {
    try {
      const v = JSON.parse(storage?.getItem(KEY) ?? '[]');
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (codes: string[]) => {
    try {
      storage?.setItem(KEY, JSON.stringify(codes.slice(-MAX_ENTRIES)));
    } catch {
      // Storage full or disabled (private mode): results still show for this visit.
    }
  };
  return {
    list: read,
    add(entries) {
      const have = read();
      const seen = new Set(have);
      const fresh = entries
        .map((e) => e.trim())
        .filter((e) => e && e.length <= MAX_ENTRY && !seen.has(e) && seen.add(e));
      if (fresh.length) write([...have, ...fresh]);
      return fresh.length;
    },
    clear: () => storage?.removeItem(KEY),
  };
}
