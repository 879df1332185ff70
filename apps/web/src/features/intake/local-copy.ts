import type { Draft } from '@cps/domain';
import type { IntakeValues } from './intake-form.schema';

// The unsaved copy of a report on this computer, so a reload, a crash or a closed tab loses
// nothing. One per report (or per worker for a report not created yet); removed once saved.
//
// A copy lives in localStorage while the worker's session is alive. Once this tab learns that
// the session has ended (a 401), copies are "held": moved to this tab's sessionStorage, where
// they last only as long as the tab, until the same worker signs in again in it (then they go
// back to localStorage) or someone else does (then they are removed). Sign-out removes them all.

export type LocalCopy = {
  reportId: string | null;
  userId: string;
  /** The server version these values were typed on top of (null before the draft exists). */
  baseVersion: number | null;
  changedAt: string;
  values: IntakeValues;
  /** A save under way when the copy was written: if the server is at fromVersion + 1 with these values, it landed. */
  sending?: { fromVersion: number; values: IntakeValues } | null;
  /** A create under way (its Idempotency-Key and body): sent again as is, it never makes a second draft. */
  create?: { key: string; body: Partial<Draft> & { countyCode: string } } | null;
};

const PREFIX = 'cps-access:intake:';

export function localCopyKey(reportId: string | null, userId: string): string {
  return reportId ? `${PREFIX}report:${reportId}` : `${PREFIX}new:${userId}`;
}

/** Set once this tab saw the session end: copies are written to sessionStorage until sign-in. */
let holding = false;

function storages(): Storage[] {
  try {
    return [window.localStorage, window.sessionStorage];
  } catch {
    return [];
  }
}

function parse(raw: string | null): LocalCopy | null {
  if (!raw) return null;
  try {
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy === 'object' && copy.values && typeof copy.changedAt === 'string' ? copy : null;
  } catch {
    return null;
  }
}

/** This computer's copy under `key`, wherever it is kept (held copies included). */
export function readLocalCopy(key: string): LocalCopy | null {
  for (const storage of storages()) {
    try {
      const copy = parse(storage.getItem(key));
      if (copy) return copy;
    } catch {
      // Unreadable storage holds no copy to resume from.
    }
  }
  return null;
}

/** False when the browser refuses (storage full or disabled): the caller says so. */
export function writeLocalCopy(key: string, copy: LocalCopy): boolean {
  try {
    const [local, session] = [window.localStorage, window.sessionStorage];
    const [to, from] = holding ? [session, local] : [local, session];
    to.setItem(key, JSON.stringify(copy));
    from.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(key: string): void {
  for (const storage of storages()) {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing to do: an unreadable storage holds no copy to resume from either.
    }
  }
}

function keysIn(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** Every copy on this computer that this tab can see, with its key. */
export function listLocalCopies(): { key: string; copy: LocalCopy }[] {
  const found = new Map<string, LocalCopy>();
  for (const storage of storages()) {
    try {
      for (const key of keysIn(storage)) {
        const copy = parse(storage.getItem(key));
        if (copy && !found.has(key)) found.set(key, copy);
      }
    } catch {
      // Unreadable storage: nothing to list.
    }
  }
  return [...found].map(([key, copy]) => ({ key, copy }));
}

/** The session ended: copies leave localStorage for this tab's sessionStorage until sign-in. */
export function holdLocalCopies(): void {
  holding = true;
  try {
    const [local, session] = [window.localStorage, window.sessionStorage];
    for (const key of keysIn(local)) {
      const raw = local.getItem(key);
      if (raw !== null) session.setItem(key, raw);
      local.removeItem(key);
    }
  } catch {
    // A storage that refuses holds nothing to move.
  }
}

export function holdingLocalCopies(): boolean {
  return holding;
}

/**
 * Someone signed in: the held copies of that worker go back to localStorage; any other
 * worker's copy belongs to a session that is over and is removed, wherever it is.
 */
export function releaseLocalCopies(userId: string): void {
  holding = false;
  for (const { key, copy } of listLocalCopies()) {
    if (copy.userId !== userId) removeLocalCopy(key);
    else writeLocalCopy(key, copy);
  }
}
