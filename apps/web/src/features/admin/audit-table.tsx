import type { AuditEventEntry } from '@cps/domain';
import { formatChicagoTime } from './admin-format';
import { actionLabel, recordTypeLabel } from './audit-words';

type AuditTableProps = { events: AuditEventEntry[]; caption: string; userName: (id: string) => string | undefined };

export function AuditTable({ events, caption, userName }: AuditTableProps) {
  return (
    <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label={caption}>
      <table className="usa-table usa-table--striped usa-table--compact width-full">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time (Chicago)</th>
            <th scope="col">User</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row" className="text-normal text-no-wrap">
                <time dateTime={event.at}>{formatChicagoTime(event.at)}</time>
              </th>
              <td>{event.userId === null ? 'No user' : (userName(event.userId) ?? event.userId)}</td>
              <td>{actionLabel(event.action)}</td>
              <td>
                <RecordCell event={event} userName={userName} />
              </td>
              <td className="text-no-wrap">{event.ip ?? 'Not recorded'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RecordCell({ event, userName }: { event: AuditEventEntry; userName: (id: string) => string | undefined }) {
  if (event.entityType === null && event.entityId === null)
    return event.reportId ? <InReport event={event} /> : <>None</>;
  const type = event.entityType ? recordTypeLabel(event.entityType) : 'Record';
  const name = event.entityType === 'User' && event.entityId ? userName(event.entityId) : undefined;
  const isReport = event.reportId !== null && event.reportId === event.entityId;
  return (
    <>
      {type}
      {name && `: ${name}`}
      {isReport && event.reportNumber && (
        <>
          {' '}
          <strong className="text-no-wrap">{event.reportNumber}</strong>
        </>
      )}
      {event.entityId && (
        <>
          <br />
          <span className="font-mono-3xs text-base-dark">{event.entityId}</span>
        </>
      )}
      {event.reportId && !isReport && (
        <>
          <br />
          <InReport event={event} />
        </>
      )}
    </>
  );
}

/** The report an event about a part of it belongs to: by its number, as people name it. */
function InReport({ event }: { event: AuditEventEntry }) {
  return event.reportNumber ? (
    <>
      In access report <strong className="text-no-wrap">{event.reportNumber}</strong>
    </>
  ) : (
    <>
      In access report <span className="font-mono-3xs text-base-dark">{event.reportId}</span>
    </>
  );
}
