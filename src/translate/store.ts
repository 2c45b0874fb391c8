// Drafts in IndexedDB (one record per language code), so a reload or a closed tab loses nothing;
// every write resolves or rejects, and the page shows which ("Saved" or why not).

import type { Draft } from './draft';

const DB = 'precedent-translate';
const STORE = 'drafts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'code' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cannot be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function run<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = op(tx.objectStore(STORE));
        // Resolved on the transaction's completion: only then is the write on disk.
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('the write was aborted'));
        };
      }),
  );
}

export const saveDraft = (d: Draft): Promise<unknown> => run('readwrite', (s) => s.put(d));
export const loadDraft = (code: string): Promise<Draft | undefined> =>
  run('readonly', (s) => s.get(code) as IDBRequest<Draft | undefined>);
export const listDrafts = (): Promise<Draft[]> => run('readonly', (s) => s.getAll() as IDBRequest<Draft[]>);
