import type { AccessReport, User } from '@cps/domain';
import { formatChicago } from '../../ui/chicago-time';
import { describeDifferences } from './draft-diff';
import type { IntakeStart } from './intake-form';
import { emptyValues, type IntakeValues, toFormValues } from './intake-form.schema';
import { localCopyKey, readLocalCopy, removeLocalCopy } from './local-copy';

const noNotifications = { lawEnforcementNotifications: [], tribalNotifications: [] };

/** Anything typed in a copy of a report that was never created? */
export function hasContent(values: IntakeValues): boolean {
  const empty = emptyValues(values.countyCode);
  return describeDifferences({ ...values, receivedAt: empty.receivedAt }, empty).length > 0;
}

/** A new report: empty, or what this worker typed before the draft could be created. */
export function newReportStart(user: User, countyCode: string): IntakeStart {
  const copy = readLocalCopy(localCopyKey(null, user.id));
  const base = {
    reportId: null,
    reportNumber: null,
    version: null,
    countyCode,
    notifications: noNotifications,
    personIds: [],
    conflictWith: null,
    baseValues: null,
  };
  if (copy && copy.userId === user.id && copy.values.countyCode === countyCode && hasContent(copy.values)) {
    return {
      ...base,
      values: copy.values,
      restored: true,
      notice: `We restored a report you started at ${formatChicago(copy.changedAt)} that had not reached the server.`,
      pendingCreate: copy.create ?? null,
    };
  }
  return { ...base, values: emptyValues(countyCode), restored: false, notice: null };
}

/**
 * A saved draft, and this computer's unsaved copy of it if there is one: typed on the version
 * the server still has, it is restored and saved; typed on an older one, the worker chooses.
 */
export function draftStart(user: User, report: AccessReport): IntakeStart {
  const serverValues = toFormValues(report);
  const key = localCopyKey(report.id, user.id);
  const copy = readLocalCopy(key);
  const base = {
    reportId: report.id,
    reportNumber: report.reportNumber,
    version: report.version,
    countyCode: report.countyCode,
    notifications: {
      lawEnforcementNotifications: report.lawEnforcementNotifications ?? [],
      tribalNotifications: report.tribalNotifications ?? [],
    },
    personIds: report.persons.map((p) => p.id),
    assigneeId: report.assignedTo?.id ?? null,
    /** What the server holds at this version: a 409 is compared with it. */
    baseValues: serverValues,
  };
  if (!copy || copy.userId !== user.id || describeDifferences(copy.values, serverValues).length === 0) {
    if (copy) removeLocalCopy(key);
    return { ...base, values: serverValues, restored: false, notice: null, conflictWith: null };
  }
  const when = formatChicago(copy.changedAt);
  // The tab closed while a save was under way, and that save landed: the copy is one version on.
  const landed =
    copy.sending &&
    copy.sending.fromVersion + 1 === report.version &&
    describeDifferences(copy.sending.values, serverValues).length === 0;
  if (copy.baseVersion === report.version || landed) {
    return {
      ...base,
      values: copy.values,
      restored: true,
      conflictWith: null,
      notice: `We restored your changes from ${when}: they had not reached the server.`,
    };
  }
  return {
    ...base,
    // Typed on a version this tab no longer knows: which side changed what cannot be told.
    baseValues: null,
    values: copy.values,
    restored: true,
    conflictWith: report,
    notice: `We restored your unsaved changes from ${when}, but the report was also saved elsewhere since. Choose below which version to keep.`,
  };
}
