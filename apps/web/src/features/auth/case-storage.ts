// What this app keeps in the browser is case data (unsaved copies of reports): nothing of it may
// outlive the session. The origin is the app's own, so everything it stored is removed, save
// the preferences named here, which must never hold anything about a case. (There are none yet.)
const KEPT_PREFERENCES: readonly string[] = [];

function clear(storage: () => Storage): void {
  try {
    const store = storage();
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key !== null && !KEPT_PREFERENCES.includes(key)) store.removeItem(key);
    }
  } catch {
    // Storage the browser refuses to open holds nothing of ours.
  }
}

async function deleteDatabases(): Promise<void> {
  const idb = globalThis.indexedDB;
  if (!idb?.databases) return;
  try {
    const databases = await idb.databases();
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve) => {
            if (!name) return resolve();
            const request = idb.deleteDatabase(name);
            // A database open elsewhere is deleted once it closes ("blocked"): nothing to wait for here.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  } catch {
    // No IndexedDB (private mode, or refused): nothing stored there.
  }
}

/** Empties localStorage, sessionStorage and IndexedDB of this origin (kept preferences aside). */
export async function clearCaseStorage(): Promise<void> {
  clear(() => window.localStorage);
  clear(() => window.sessionStorage);
  await deleteDatabases();
}
