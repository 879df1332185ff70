import type { IntakeValues } from './intake-form.schema';

// The unsaved copy of a report on this computer, so a reload, a crash or a closed tab loses
// nothing. One per report (or per worker for a report not created yet); removed once saved.

export type LocalCopy = {
  reportId: string | null;
  userId: string;
  /** The server version these values were typed on top of (null before the draft exists). */
  baseVersion: number | null;
  changedAt: string;
  values: IntakeValues;
  /** A save under way when the copy was written: if the server is at fromVersion + 1 with these values, it landed. */
  sending?: { fromVersion: number; values: IntakeValues } | null;
};

const PREFIX = 'cps-access:intake:';

export function localCopyKey(reportId: string | null, userId: string): string {
  return reportId ? `${PREFIX}report:${reportId}` : `${PREFIX}new:${userId}`;
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy === 'object' && copy.values && typeof copy.changedAt === 'string' ? copy : null;
  } catch {
    return null;
  }
}

/** False when the browser refuses (storage full or disabled): the caller says so. */
export function writeLocalCopy(key: string, copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: an unreadable storage holds no copy to resume from either.
  }
}
