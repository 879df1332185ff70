import { type AccessReport, allegedVictimIds } from '@cps/domain';
import { useRef, useState } from 'react';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { ClockCountdown } from '../screening/clock-countdown';
import { liveStatus, responseStatusText } from '../screening/clock-text';
import { responseTimeLabel } from '../screening/labels';
import { ContactForm } from './contact-form';
import { contactKindLabel, contactOutcomeLabel, contactPersonName } from './contact-words';

type ContactsSectionProps = {
  report: AccessReport;
  now: Date;
  onRecorded: (report: AccessReport) => void;
};

/**
 * "First contacts" of a screened-in report (RESPONSE-TIME): when the first face-to-face contact
 * with an alleged child victim is due and where it stands, the contacts recorded, and the form to
 * record one. Prints with the page (without the form and its button).
 */
export function ContactsSection({ report, now, onRecorded }: ContactsSectionProps) {
  const c = report.computed;
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const status = liveStatus(c.responseStatus, c.responseDueAt, now);
  const attempt = liveStatus(c.responseAttemptStatus, c.responseDueAt, now);
  const victims = allegedVictimIds(report);
  const responseTime = report.screening.decision?.responseTime;

  function recorded(updated: AccessReport) {
    const next = updated.computed.responseStatus;
    setAnnouncement(`Contact recorded. Response: ${responseStatusText(next).toLowerCase()}.`);
    setFormOpen(false);
    onRecorded(updated);
    heading.current?.focus(); // the form is gone; the section keeps the focus
  }

  return (
    <>
      <h3 id="response-heading" ref={heading} tabIndex={-1}>
        Response time (RESPONSE-TIME)
      </h3>
      <p className="usa-hint">
        The first face-to-face contact with each child named in an allegation
        {responseTime ? `, due ${responseTimeLabel(responseTime).toLowerCase()} as decided at screening` : ''}. Only a
        completed visit with the child counts; attempts and visits with a parent or caregiver are recorded beside it.
      </p>
      <dl className="margin-y-2" data-testid="response-clock">
        <div className="display-flex">
          <dt className="text-bold margin-right-1">Due:</dt>
          <dd className="margin-left-0">
            {c.responseDueAt ? (
              <time dateTime={c.responseDueAt}>{formatChicagoDateTime(c.responseDueAt)}</time>
            ) : (
              'When the received time is recorded'
            )}
          </dd>
        </div>
        <div className="display-flex">
          <dt className="text-bold margin-right-1">Status:</dt>
          <dd className="margin-left-0">
            <ClockCountdown
              dueAt={c.responseDueAt}
              status={status}
              now={now}
              hideDue
              statusWord
              words={responseStatusText}
            />
          </dd>
        </div>
        {attempt !== status && (
          <div className="display-flex">
            <dt className="text-bold margin-right-1">Seen or attempted:</dt>
            <dd className="margin-left-0">{attemptText(attempt)}</dd>
          </div>
        )}
      </dl>
      <div role="status">{announcement && <p className="text-bold">{announcement}</p>}</div>
      {report.contacts.length === 0 ? (
        <p>No contact recorded yet.</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked">
          <caption className="usa-sr-only">Contacts recorded after screen-in, earliest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Kind</th>
              <th scope="col">Outcome</th>
              <th scope="col">Note</th>
              <th scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody>
            {report.contacts.map((contact) => (
              <tr key={contact.id}>
                <th scope="row" data-label="When">
                  <time dateTime={contact.at}>{formatChicagoDateTime(contact.at)}</time>
                </th>
                <td data-label="Who">
                  {contactPersonName(report, contact.personId)}
                  {contact.kind === 'CHILD_SEEN' && !victims.has(contact.personId) && (
                    <span className="display-block text-base-dark">No allegation: does not count for the response</span>
                  )}
                </td>
                <td data-label="Kind">{contactKindLabel(contact.kind)}</td>
                <td data-label="Outcome">{contactOutcomeLabel(contact.outcome)}</td>
                <td data-label="Note">{contact.note ?? 'None'}</td>
                <td data-label="Recorded by">{contact.recordedBy?.name ?? 'Unknown'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {formOpen ? (
        <ContactForm report={report} focusFirstField onRecorded={recorded} onCancel={() => setFormOpen(false)} />
      ) : (
        <button type="button" className="usa-button usa-button--outline" onClick={() => setFormOpen(true)}>
          Record a contact
        </button>
      )}
    </>
  );
}

function attemptText(status: AccessReport['computed']['responseAttemptStatus']): string {
  switch (status) {
    case 'ON_TIME':
      return 'Attempted on time';
    case 'LATE':
      return 'Attempted late';
    case 'OVERDUE':
      return 'No attempt yet';
    default:
      return responseStatusText(status);
  }
}
