import type { HistoryEntry, PersonHistory } from '@cps/domain';
import { useEffect, useState } from 'react';
import { ApiError, http } from '../../api/http';
import { chicagoDateAndTime, formatDateOnly } from '../../ui/chicago-time';
import { personHistoryPath } from '../person-history/person-history.api';

// The reports a new call may duplicate (rule DUPLICATE-OF): a child's reports of this county that
// are awaiting the supervisor or screened in, read from the child's history of involvement (own
// county entries carry the report's id and number; drafts and discarded reports are never there).

/** A report a duplicate may name as its original. */
export type OpenReport = { reportId: string; reportNumber: string; receivedAt: string | null; status: string };

const OPEN: readonly string[] = ['AWAITING_SUPERVISOR', 'SCREENED_IN'];

/** The child's open and screened-in reports of this county, but `exceptId` (the report being read). */
export function openReportsOf(history: PersonHistory, exceptId?: string): OpenReport[] {
  return history.flatMap((e: HistoryEntry) =>
    e.reportId && e.reportNumber && e.reportId !== exceptId && OPEN.includes(e.status) && e.roles?.includes('CHILD')
      ? [{ reportId: e.reportId, reportNumber: e.reportNumber, receivedAt: e.receivedAt, status: e.status }]
      : [],
  );
}

/** "received Mar 6, 2018", or that it was not recorded. */
export function receivedWords(receivedAt: string | null): string {
  return receivedAt
    ? `received ${formatDateOnly(chicagoDateAndTime(new Date(receivedAt)).date)}`
    : 'date received not recorded';
}

export type OpenReportsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'success'; reports: OpenReport[] };

/**
 * The open and screened-in reports of these children (each history read is audited, so callers
 * ask only when a person asks: a disclosure opened, a reason chosen). One list, each report once.
 */
export function useOpenReports(personIds: readonly string[] | null, exceptId?: string): OpenReportsState {
  const key = personIds ? personIds.join(',') : null;
  const [state, setState] = useState<{ key: string | null; value: OpenReportsState }>({
    key: null,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const ids = key ? key.split(',') : [];
    Promise.all(ids.map((id) => http.get<PersonHistory>(personHistoryPath(id), controller.signal))).then(
      (histories) => {
        if (controller.signal.aborted) return;
        const seen = new Set<string>();
        const reports = histories
          .flatMap((h) => openReportsOf(h, exceptId))
          .filter((r) => !seen.has(r.reportId) && seen.add(r.reportId));
        setState({ key, value: { status: 'success', reports } });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : 'Something went wrong. Try again.';
        setState({ key, value: { status: 'error', message } });
      },
    );
    return () => controller.abort();
  }, [key, exceptId]);
  return state.key === key ? state.value : { status: 'loading' };
}

// The numbers of originals chosen in this browser session, so the recommendation can say
// "Duplicate of 2026-079-00042" (the form keeps only the id; the API names the original once the
// report is submitted).
const numbers = new Map<string, string>();
export const rememberNumber = (reportId: string, reportNumber: string) => numbers.set(reportId, reportNumber);
export const knownNumber = (reportId: string) => numbers.get(reportId);
