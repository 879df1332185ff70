import type { AuditEventPage, User } from '@cps/domain';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { AUDIT_PAGE_SIZE, type AuditFilters, auditEventsPath, fetchAllUsers } from './admin.api';
import { pageParam } from './admin-format';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { Pagination } from './pagination';
import { useReloadableLoad, useReloadableResource } from './use-reloadable-resource';

const FILTERS = ['userId', 'action', 'reportId', 'entityId', 'from', 'to'] as const;

function filtersOf(params: URLSearchParams): AuditFilters {
  const value = (name: (typeof FILTERS)[number]) => params.get(name) ?? '';
  return {
    userId: value('userId'),
    action: value('action'),
    reportId: value('reportId'),
    entityId: value('entityId'),
    from: value('from'),
    to: value('to'),
  };
}

/** The audit trail, newest first, filtered by user, action, report, record and period; read only. */
export function AuditPanel() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const page = pageParam(params);
  const { resource: events } = useReloadableResource<AuditEventPage>(auditEventsPath(filters, page));
  const { resource: users } = useReloadableLoad<User[]>('all-users', fetchAllUsers);

  const userList = useMemo(() => (users.status === 'success' ? users.data : []), [users]);
  const names = useMemo(() => new Map(userList.map((user) => [user.id, user.name])), [userList]);
  const apply = (next: AuditFilters) =>
    setParams(FILTERS.filter((name) => next[name] !== '').map((name): [string, string] => [name, next[name]]));
  const filtered = FILTERS.some((name) => filters[name] !== '');
  const pageCount = events.status === 'success' ? Math.max(1, Math.ceil(events.data.total / AUDIT_PAGE_SIZE)) : 1;

  return (
    <>
      <h1>Audit log</h1>
      <p className="usa-intro">
        Every sign-in, failed sign-in, opening of a report, refused attempt and change to a record, newest first. Nobody
        can change or delete these entries.
      </p>
      {users.status === 'error' && (
        <Alert type="warning">The list of users could not be loaded: {users.error.message}</Alert>
      )}
      <AuditFilterForm
        key={FILTERS.map((name) => filters[name]).join('|') + (users.status === 'success' ? '|users' : '')}
        initial={filters}
        users={userList}
        serverIssues={events.status === 'error' ? events.error.issues : []}
        onApply={apply}
        onClear={() => setParams([])}
      />
      <h2 className="margin-top-5">Events</h2>
      {events.status === 'error' && <Alert type="error">{events.error.message}</Alert>}
      {(events.status === 'loading' || events.status === 'idle') && <Loading label="Loading audit events…" />}
      {events.status === 'success' && (
        <>
          <p role="status">{summary(events.data.total, filtered)}</p>
          {events.data.items.length > 0 && (
            <AuditTable
              events={events.data.items}
              caption={`Audit events, newest first, page ${page} of ${pageCount}`}
              userName={(id) => names.get(id)}
            />
          )}
          <Pagination page={page} pageCount={pageCount} label="Pages of audit events" />
        </>
      )}
    </>
  );
}

function summary(total: number, filtered: boolean): string {
  if (total === 0) return filtered ? 'No audit events match these filters.' : 'The audit log is empty.';
  if (total === 1) return filtered ? '1 event matches these filters.' : '1 event in all.';
  return filtered ? `${total} events match these filters.` : `${total} events in all.`;
}
