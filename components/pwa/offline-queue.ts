// Logbook weeks written offline, kept in this browser's IndexedDB until they are sent.

const DATABASE = "stagiaire-offline";
const STORE = "logbook-weeks";

export type QueuedWeek = {
  /** One per internship and week: writing the same week again offline replaces it. */
  key: string;
  internshipId: string;
  values: Record<string, string>;
  savedAt: number;
};

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

export async function queueLogbookWeek(internshipId: string, values: Record<string, string>): Promise<void> {
  const week: QueuedWeek = { key: `${internshipId}:${values.weekStart}`, internshipId, values, savedAt: Date.now() };
  await run("readwrite", (store) => store.put(week));
}

/** The weeks of this internship waiting to be sent, oldest first. */
export async function queuedLogbookWeeks(internshipId: string): Promise<QueuedWeek[]> {
  const all = await run<QueuedWeek[]>("readonly", (store) => store.getAll());
  return all.filter((week) => week.internshipId === internshipId).sort((a, b) => a.savedAt - b.savedAt);
}

export async function dropLogbookWeek(key: string): Promise<void> {
  await run("readwrite", (store) => store.delete(key));
}
