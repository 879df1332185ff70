import { FIRST_YEAR, type HolidayEntry, LAST_YEAR, todayInChicago } from '@cps/domain';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { createHoliday, deleteHoliday, holidaysPath } from './admin.api';
import { formatLongDate } from './admin-format';
import { ConfirmDialog } from './confirm-dialog';
import { HolidayForm } from './holiday-form';
import { HolidaysTable } from './holidays-table';
import { Notice, StatusArea } from './status-area';
import { UndoNotice } from './undo-notice';
import { useReloadableResource } from './use-reloadable-resource';
import { YearSelect } from './year-select';

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : 'Something went wrong. Try again.');

/** The holiday calendar of the law enforcement clock, one year at a time. */
export function HolidaysPanel() {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInChicago(new Date()).slice(0, 4));
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= LAST_YEAR ? asked : thisYear;
  const { resource: holidays, reload } = useReloadableResource<HolidayEntry[]>(holidaysPath(year));

  const [removing, setRemoving] = useState<{ holiday: HolidayEntry; busy: boolean; error: string | null } | null>(null);
  const [removed, setRemoved] = useState<{ holiday: HolidayEntry; busy: boolean } | null>(null);
  const [message, setMessage] = useState<{ text: string; focus: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (message?.focus) messageRef.current?.focus();
  }, [message]);

  const showYear = (next: number) => setParams({ year: String(next) });

  async function remove(holiday: HolidayEntry) {
    setRemoving({ holiday, busy: true, error: null });
    try {
      await deleteHoliday(holiday.date);
      setRemoving(null);
      setMessage(null);
      setFailure(null);
      setRemoved({ holiday, busy: false });
      reload();
    } catch (error) {
      setRemoving({ holiday, busy: false, error: messageOf(error) });
    }
  }

  async function undo(holiday: HolidayEntry) {
    setRemoved({ holiday, busy: true });
    try {
      await createHoliday(holiday);
      setMessage({ text: `Restored ${holiday.name} (${formatLongDate(holiday.date)}).`, focus: true });
    } catch (error) {
      setFailure(`${holiday.name} could not be restored: ${messageOf(error)}`);
    }
    setRemoved(null);
    reload();
  }

  function added(holiday: HolidayEntry) {
    setFailure(null);
    setMessage({ text: `Added ${holiday.name} (${formatLongDate(holiday.date)}).`, focus: false });
    const addedYear = Number(holiday.date.slice(0, 4));
    if (addedYear === year) reload();
    else showYear(addedYear);
  }

  return (
    <>
      <h1>Holidays</h1>
      <p className="usa-intro">
        The 12-hour clock for notifying law enforcement skips these days, as it skips weekends.
      </p>
      {failure && <Alert type="error">{failure}</Alert>}
      <StatusArea>
        {removed && (
          <UndoNotice
            holiday={removed.holiday}
            busy={removed.busy}
            onUndo={() => void undo(removed.holiday)}
            onExpire={() => setRemoved(null)}
          />
        )}
        {message && (
          <div ref={messageRef} tabIndex={-1}>
            <Notice>{message.text}</Notice>
          </div>
        )}
      </StatusArea>
      <div className="grid-row grid-gap-4">
        <div className="grid-col-12 desktop:grid-col-7">
          <YearSelect year={year} thisYear={thisYear} onChange={showYear} />
          {holidays.status === 'error' && <Alert type="error">{holidays.error.message}</Alert>}
          {(holidays.status === 'loading' || holidays.status === 'idle') && <Loading label="Loading holidays…" />}
          {holidays.status === 'success' && (
            <HolidaysTable
              year={year}
              holidays={holidays.data}
              onRemove={(holiday) => setRemoving({ holiday, busy: false, error: null })}
            />
          )}
        </div>
        <div className="grid-col-12 desktop:grid-col-5">
          <HolidayForm onAdded={added} />
        </div>
      </div>
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.holiday.name}?`}
          confirmLabel="Remove holiday"
          busyLabel="Removing…"
          destructive
          busy={removing.busy}
          error={removing.error}
          onConfirm={() => void remove(removing.holiday)}
          onCancel={() => setRemoving(null)}
        >
          <p>
            {formatLongDate(removing.holiday.date)} will count again toward the 12-hour law enforcement clock, for
            reports already received too.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
