import type { AccessReport, LawEnforcementNotification, TribalNotification } from '@cps/domain';
import { useRef, useState } from 'react';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { ClockCountdown } from './clock-countdown';
import { clockStatusText, isOpen, liveStatus } from './clock-text';
import { notificationMethodLabel } from './labels';
import { NotificationForm, type NotificationKind } from './notification-form';

const about = {
  lawEnforcement: {
    heading: 'Law enforcement referral (LE-12H)',
    rule: 'A report with a sexual abuse or sex trafficking allegation goes to law enforcement within 12 hours of receipt, not counting Saturdays, Sundays and legal holidays.',
    notRequired: 'Not required: the report has no sexual abuse or sex trafficking allegation.',
    party: 'Agency',
    open: 'Record a law enforcement notification',
    none: 'No law enforcement notification recorded yet.',
    done: 'Law enforcement notification recorded.',
  },
  tribal: {
    heading: 'Notice to the tribe (TRIBE-24H)',
    rule: "A child recorded as an Indian child: the child's tribe is notified within 24 hours of receipt.",
    notRequired: 'Not required: no child is recorded as an Indian child.',
    party: 'Tribe',
    open: 'Record a notification of the tribe',
    none: 'No notification of a tribe recorded yet.',
    done: 'Notification of the tribe recorded.',
  },
} as const;

/** What the section reads of a report: the intake passes its live clocks and people. */
export type NotificationsReport = Pick<AccessReport, 'id' | 'lawEnforcementNotifications' | 'tribalNotifications'> & {
  computed: Pick<
    AccessReport['computed'],
    'lawEnforcementDueAt' | 'lawEnforcementStatus' | 'tribalNotificationDueAt' | 'tribalNotificationStatus'
  >;
  persons: readonly { indianChild?: string | null; tribe?: string | null }[];
};

type NotificationsSectionProps = {
  report: NotificationsReport;
  kind: NotificationKind;
  now: Date;
  /** Inside the intake form: the notification form is a group, not a nested form. */
  inline?: boolean;
  onRecorded: (report: AccessReport) => void;
  /** What was recorded, without the form (a discarded draft takes no more). */
  readOnly?: boolean;
};

/** One clock's notifications: its due time and status, what was recorded, and the form to record one. */
export function NotificationsSection({
  report,
  kind,
  now,
  inline = false,
  onRecorded,
  readOnly,
}: NotificationsSectionProps) {
  const text = about[kind];
  const c = report.computed;
  const [dueAt, status] =
    kind === 'lawEnforcement'
      ? [c.lawEnforcementDueAt, c.lawEnforcementStatus]
      : [c.tribalNotificationDueAt, c.tribalNotificationStatus];
  const notifications: (LawEnforcementNotification | TribalNotification)[] =
    kind === 'lawEnforcement' ? report.lawEnforcementNotifications : report.tribalNotifications;
  const [formOpen, setFormOpen] = useState(() => isOpen(liveStatus(status, dueAt, now)));
  const [openedByButton, setOpenedByButton] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingId = `${kind}-heading`;
  const defaultParty =
    kind === 'tribal' ? (report.persons.find((p) => p.indianChild === 'YES' && p.tribe)?.tribe ?? '') : '';

  function recorded(updated: AccessReport) {
    const next =
      kind === 'lawEnforcement' ? updated.computed.lawEnforcementStatus : updated.computed.tribalNotificationStatus;
    setAnnouncement(`${text.done} ${text.heading.replace(/ \(.*\)$/, '')}: ${clockStatusText(next).toLowerCase()}.`);
    setFormOpen(false);
    onRecorded(updated);
    heading.current?.focus(); // the form and its button are gone; the section keeps the focus
  }

  return (
    <section className="margin-top-4" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {text.heading}
      </h3>
      <p className="usa-hint">{status === 'NOT_REQUIRED' ? text.notRequired : text.rule}</p>
      {status !== 'NOT_REQUIRED' && (
        <dl className="margin-y-2">
          <div className="display-flex">
            <dt className="text-bold margin-right-1">Due:</dt>
            <dd className="margin-left-0">
              {dueAt ? (
                <time dateTime={dueAt}>{formatChicagoDateTime(dueAt)}</time>
              ) : (
                'When the received time is recorded'
              )}
            </dd>
          </div>
          <div className="display-flex">
            <dt className="text-bold margin-right-1">Status:</dt>
            <dd className="margin-left-0">
              <ClockCountdown dueAt={dueAt} status={status} now={now} hideDue statusWord />
            </dd>
          </div>
        </dl>
      )}
      <div role="status">{announcement && <p className="text-bold">{announcement}</p>}</div>
      {notifications.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--stacked">
          <caption className="usa-sr-only">Recorded notifications: {text.heading}</caption>
          <thead>
            <tr>
              <th scope="col">Notified</th>
              <th scope="col">{text.party}</th>
              <th scope="col">How</th>
              <th scope="col">Contact person</th>
              <th scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody>
            {notifications.map((n) => (
              <tr key={n.id}>
                <th scope="row" data-label="Notified">
                  <time dateTime={n.notifiedAt}>{formatChicagoDateTime(n.notifiedAt)}</time>
                </th>
                <td data-label={text.party}>{'agency' in n ? n.agency : n.tribe}</td>
                <td data-label="How">{notificationMethodLabel(n.method)}</td>
                <td data-label="Contact person">{n.contactName ?? 'Not recorded'}</td>
                <td data-label="Recorded by">{n.recordedBy?.name ?? 'Unknown'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {readOnly ? null : formOpen ? (
        <NotificationForm
          report={report}
          kind={kind}
          defaultParty={defaultParty}
          focusFirstField={openedByButton}
          inline={inline}
          onRecorded={recorded}
        />
      ) : (
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={() => {
            setOpenedByButton(true);
            setFormOpen(true);
          }}
        >
          {text.open}
        </button>
      )}
    </section>
  );
}
