import type { HistoryAllegation, HistoryEntry } from '@cps/domain';
import { Link } from 'react-router-dom';
import { chicagoDateAndTime, formatDateOnly } from '../../ui/chicago-time';
import {
  decisionLabel,
  descriptorLabel,
  maltreatmentTypeLabel,
  personRoleLabel,
  statusLabel,
} from '../screening/labels';

/** The Chicago date a report was received, as "Mar 6, 2018". */
function receivedText(receivedAt: string | null): string {
  return receivedAt
    ? `received ${formatDateOnly(chicagoDateAndTime(new Date(receivedAt)).date)}`
    : 'date received not recorded';
}

function allegationText(a: HistoryAllegation): string {
  const type = [maltreatmentTypeLabel(a.maltreatmentType), ...a.descriptors.map(descriptorLabel)].join(', ');
  return a.finding ? `${type}: finding ${a.finding === 'SUBSTANTIATED' ? 'substantiated' : 'unsubstantiated'}` : type;
}

function outcomeText(entry: HistoryEntry): string {
  const status = statusLabel(entry.status);
  return entry.decision ? `${status} (decision: ${decisionLabel(entry.decision).toLowerCase()})` : status;
}

/**
 * One earlier report. The caller's county's report says what it recorded about the person; another
 * county's says only enough to know whom to call.
 */
export function HistoryEntryItem({ entry, county }: { entry: HistoryEntry; county: string }) {
  const when = receivedText(entry.receivedAt);
  if (!entry.reportId) {
    return (
      <li className="padding-y-1 border-top-1px border-base-lighter">
        <p className="margin-0">
          <strong>{county}</strong> · {when} · {outcomeText(entry)}
        </p>
        <p className="margin-0 text-italic">Contact {county} for details.</p>
      </li>
    );
  }
  return (
    <li className="padding-y-1 border-top-1px border-base-lighter">
      <p className="margin-0">
        <Link className="usa-link" to={`/reports/${encodeURIComponent(entry.reportId)}`}>
          Report {entry.reportNumber}
        </Link>{' '}
        · {when} · {outcomeText(entry)}
      </p>
      <p className="margin-0">
        Named as: {entry.roles?.length ? entry.roles.map(personRoleLabel).join(', ') : 'no role recorded'}
      </p>
      {entry.allegations?.length ? (
        <ul className="margin-0">
          {entry.allegations.map((a, i) => (
            // Allegations carry no id here; their order is the report's own.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <li key={i}>{allegationText(a)}</li>
          ))}
        </ul>
      ) : (
        <p className="margin-0">No allegations about them.</p>
      )}
    </li>
  );
}
