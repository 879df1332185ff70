import type { AccessReport } from '@cps/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { NotificationsSection } from '../screening/notifications-section';
import { useNow } from '../screening/use-now';
import { useCheckSnapshot, useIntake, useSaveState } from './intake-context';
import type { IntakeValues } from './intake-form.schema';
import { SectionHeading } from './section-heading';

export type IntakeNotifications = Pick<AccessReport, 'lawEnforcementNotifications' | 'tribalNotifications'>;

type Props = {
  notifications: IntakeNotifications;
  /** A notification was recorded: the answer carries the report's new version. */
  onRecorded: (report: AccessReport) => void;
};

/**
 * "Police and tribe notified": workers call law enforcement while the caller is still on the
 * line, so the call is recorded here, on the draft, with the LE-12H clock live from what is typed.
 * The tribe's part shows once a child is recorded as an Indian child (its tribe prefilled).
 */
export function PoliceAndTribeSection({ notifications, onRecorded }: Props) {
  const { saver } = useIntake();
  useSaveState(); // re-render when the draft is created (the saver then has its id)
  const { computed } = useCheckSnapshot();
  const { control } = useFormContext<IntakeValues>();
  const persons = useWatch({ control, name: 'persons' }) ?? [];
  const now = useNow();
  const reportId = saver.reportId;
  const indianChild = persons.some((p) => p.indianChild === 'YES');
  // The tribe as typed on the child's card: the tribal form starts anew with it prefilled.
  const tribe = persons.find((p) => p.indianChild === 'YES' && p.tribe)?.tribe ?? '';
  const report = reportId && computed ? { id: reportId, computed, persons, ...notifications } : null;
  return (
    <section className="intake-section" aria-labelledby="section-notifications-heading" id="section-notifications">
      <SectionHeading id="notifications">Police and tribe notified</SectionHeading>
      <p className="usa-hint">
        Record the call to law enforcement as soon as it is made, even while the caller is on the line. It is saved with
        the report at once.
      </p>
      {!reportId ? (
        <p>The report is saved as soon as you type; then the call to the police can be recorded here.</p>
      ) : !report ? null : (
        <>
          <NotificationsSection report={report} kind="lawEnforcement" now={now} inline onRecorded={onRecorded} />
          {(indianChild || notifications.tribalNotifications.length > 0) && (
            <NotificationsSection key={tribe} report={report} kind="tribal" now={now} inline onRecorded={onRecorded} />
          )}
        </>
      )}
    </section>
  );
}
