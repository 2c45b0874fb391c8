// Local persistence that never throws: private mode, disabled storage and a full quota all turn
// into a `false` result the UI can explain, instead of an exception that stops the game.

const PREFIX = 'precedent.';

export interface KeyValueStore {
  /** Whether writes are likely to stick (probed once). */
  readonly usable: boolean;
  get(key: string): string | null;
  /** `false` when the value could not be stored. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

function backend(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // some browsers throw on mere access when storage is disabled
  }
}

export function createStore(storage: Storage | null = backend()): KeyValueStore {
  const probe = () => {
    if (!storage) return false;
    try {
      storage.setItem(`${PREFIX}probe`, '1');
      storage.removeItem(`${PREFIX}probe`);
      return true;
    } catch {
      return false;
    }
  };
  return {
    usable: probe(),
    get(key) {
      try {
        return storage?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (!storage) return false;
        storage.setItem(PREFIX + key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // nothing to do: the value was never readable either
      }
    },
  };
}

export const saveKey = (scenario: string) => `save.${scenario}`;
export const SETTINGS_KEY = 'settings';
export const LAST_KEY = 'last';
export const LNG_KEY = 'lng';

/** Parses JSON from the store, or `undefined` if absent or unreadable. */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.get(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return { unreadable: raw.slice(0, 40) };
  }
}
