import {
  type AccessReport,
  type Colleague,
  type County,
  mustScreenIn,
  recordsAllegation,
  type User,
} from '@cps/domain';
import { useState } from 'react';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { formatChicago } from '../../ui/chicago-time';
import { COUNTIES_PATH } from '../reference/counties.api';
import { DiscardDialog } from './discard-dialog';
import { HandOnDialog } from './hand-on-dialog';
import { type HandoverTarget, isSupervisor } from './handover-target';
import { TransferDialog } from './transfer-dialog';

type Open = 'hand-on' | 'assign-ia' | 'discard' | 'transfer' | null;

type HandoverSectionProps = {
  report: AccessReport;
  user: User;
  /** The report as changed, and a sentence for the page to say. */
  onChanged: (report: AccessReport, message: string) => void;
};

function countyName(counties: ReturnType<typeof useApiResource<County[]>>, code: string): string {
  const county = counties.status === 'success' ? counties.data.find((c) => c.code === code) : undefined;
  return county ? `${county.name} County` : `county ${code}`;
}

export function targetOf(report: AccessReport, holderId: string | null): Omit<HandoverTarget, 'version'> {
  return {
    id: report.id,
    holderId,
    sexTrafficking: mustScreenIn(report),
    recordsAllegation: recordsAllegation(report),
    countyCode: report.countyCode,
  };
}

/** Who has the report, where it came from, and the hand-over actions the person may take now. */
export function HandoverSection({ report, user, onChanged }: HandoverSectionProps) {
  // The county names only when there is a transfer to tell.
  const counties = useApiResource<County[]>(report.transfers.length > 0 ? COUNTIES_PATH : null);
  const [open, setOpen] = useState<Open>(null);
  const draft = report.status === 'DRAFT';
  const answerable = isSupervisor(user) || report.assignedTo?.id === user.id || report.createdBy?.id === user.id;
  const canHandOn = draft && answerable;
  const canDiscard = draft && answerable;
  const canTransfer = isSupervisor(user) && (draft || report.status === 'AWAITING_SUPERVISOR');
  const canAssignIa = isSupervisor(user) && report.status === 'SCREENED_IN';
  const holderId =
    report.status === 'SCREENED_IN' ? (report.initialAssessmentWorker?.id ?? null) : (report.assignedTo?.id ?? null);
  const target: HandoverTarget = { ...targetOf(report, holderId), version: async () => report.version };
  const close = () => setOpen(null);
  const handedOn = (changed: AccessReport, colleague: Colleague) => {
    setOpen(null);
    onChanged(
      changed,
      changed.status === 'SCREENED_IN'
        ? `${colleague.name} is now the initial assessment worker.`
        : `The report was handed on to ${colleague.name}.`,
    );
  };

  return (
    <>
      <dl className="handover-facts">
        {report.status !== 'SCREENED_IN' && report.status !== 'SCREENED_OUT' && (
          <>
            <dt className="text-bold">Assigned to</dt>
            <dd className="margin-left-0 margin-bottom-1" data-testid="assigned-to">
              {report.assignedTo ? report.assignedTo.name : 'Nobody — transferred in'}
            </dd>
          </>
        )}
        {report.status === 'SCREENED_IN' && (
          <>
            <dt className="text-bold">Initial assessment worker</dt>
            <dd className="margin-left-0 margin-bottom-1" data-testid="initial-assessment-worker">
              {report.initialAssessmentWorker ? report.initialAssessmentWorker.name : 'Not assigned yet'}
            </dd>
          </>
        )}
      </dl>
      {report.transfers.length > 0 && (
        <ul className="usa-list" aria-label="Transfers">
          {report.transfers.map((t) => (
            <li key={`${t.transferredAt}-${t.toCountyCode}`}>
              Transferred from {countyName(counties, t.fromCountyCode)} to {countyName(counties, t.toCountyCode)} by{' '}
              {t.transferredBy?.name ?? 'a supervisor'} on {formatChicago(t.transferredAt)}: {t.reason}
            </li>
          ))}
        </ul>
      )}
      {(canHandOn || canDiscard || canTransfer || canAssignIa) && (
        <ul className="usa-button-group margin-top-2">
          {canHandOn && (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setOpen('hand-on')}>
                Hand on to a colleague
              </button>
            </li>
          )}
          {canAssignIa && (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setOpen('assign-ia')}>
                Assign initial assessment worker
              </button>
            </li>
          )}
          {canTransfer && (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--outline" onClick={() => setOpen('transfer')}>
                Transfer to another county
              </button>
            </li>
          )}
          {canDiscard && (
            <li className="usa-button-group__item">
              <button type="button" className="usa-button usa-button--secondary" onClick={() => setOpen('discard')}>
                Discard draft
              </button>
            </li>
          )}
        </ul>
      )}
      {open === 'hand-on' && <HandOnDialog target={target} kind="ASSIGNEE" onDone={handedOn} onCancel={close} />}
      {open === 'assign-ia' && (
        <HandOnDialog target={target} kind="INITIAL_ASSESSMENT" onDone={handedOn} onCancel={close} />
      )}
      {open === 'discard' && (
        <DiscardDialog
          target={target}
          user={user}
          onCancel={close}
          onDone={(changed) => {
            setOpen(null);
            onChanged(changed, 'The draft was discarded. It is kept, read-only, and never counted.');
          }}
        />
      )}
      {open === 'transfer' && (
        <TransferDialog
          target={target}
          onCancel={close}
          onDone={(changed, county: County) => {
            setOpen(null);
            onChanged(
              changed,
              `The report was transferred to ${county.name} County. It now belongs to that county, and your county no longer sees it.`,
            );
          }}
        />
      )}
    </>
  );
}

/** A discarded draft: why, who and when, and that it is read-only. */
export function DiscardedNotice({ report }: { report: AccessReport }) {
  if (!report.discarded) return null;
  const { reason, discardedBy, discardedAt } = report.discarded;
  return (
    <Alert type="info">
      This draft was discarded by {discardedBy?.name ?? 'a colleague'} on {formatChicago(discardedAt)}: {reason}. It is
      kept, read-only, and never counted.
    </Alert>
  );
}
