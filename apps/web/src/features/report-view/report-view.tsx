import type { AccessReport, ReportAllegation, User } from '@cps/domain';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/use-page-title';
import { ContactsSection } from '../contacts/contacts-section';
import { DuplicateOfNotice, DuplicateReportsSection } from '../duplicates/duplicate-reports';
import { DiscardedNotice, HandoverSection } from '../handover/handover-section';
import { HouseholdReport } from '../household/household-report';
import { ClockAnnouncer } from '../screening/clock-announcer';
import { liveStatus } from '../screening/clock-text';
import { DecisionForm } from '../screening/decision-form';
import { childrenNames, decisionLabel, statusLabel } from '../screening/labels';
import { NotificationsSection } from '../screening/notifications-section';
import { MustScreenInTag, PresentDangerTag } from '../screening/report-tags';
import { useNow } from '../screening/use-now';
import { AccessLogSection } from './access-log-section';
import { AllegationsSection } from './allegations-section';
import { ClocksTable } from './clocks-table';
import { PeopleHistories, PeopleTable } from './people-table';
import { ReportDetails } from './report-details';
import { IncidentDetails, PersonPlaceDetails } from './report-place-details';
import { PrintReportButton, ReportPrintHeader, usePrintLayout } from './report-print-header';
import { RuleMessages } from './rule-messages';
import { ScreeningSummary } from './screening-summary';
import { useReport } from './use-report';

type Notice = { type: 'success' | 'warning'; text: string };

/** Everything recorded on a report, its clocks, and what the person may do next. */
export function ReportView({ id, user }: { id: string; user: User }) {
  const { state, reload, replace } = useReport(id);
  const now = useNow();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  usePrintLayout(state.status === 'success' ? state.report.id : null);
  usePageTitle(state.status === 'success' ? `Report: ${childrenNames(children(state.report))}` : 'Report');

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (state.status === 'loading') return <Loading label="Loading the report…" />;
  if (state.status === 'error') {
    return (
      <>
        <h1>{state.error.status === 404 ? 'Report not found' : 'The report could not be loaded'}</h1>
        <Alert type="error">{state.error.message}</Alert>
      </>
    );
  }

  const { report } = state;
  const c = report.computed;
  const decided = report.screening.decision;
  const canDecide = !decided && report.status === 'AWAITING_SUPERVISOR' && user.role === 'SUPERVISOR';
  const recommendation =
    report.screening.recommendation ??
    (report.recommendation ? { ...report.recommendation, recommendedBy: null, recommendedAt: null } : null);

  async function onConflict(message: string) {
    const fresh = await reload();
    const decision = fresh?.screening.decision;
    setNotice({
      type: 'warning',
      text: decision
        ? `Someone else decided this report while you were reviewing it: ${decision.decidedBy?.name ?? 'another supervisor'} chose "${decisionLabel(decision.decision)}". Your decision was not recorded.`
        : `The report changed while you were reviewing it, so your decision was not recorded (${message}). It has been reloaded: check it and decide again.`,
    });
  }

  /** Shows the saved finding at once, then reads the report again for its clocks and version. */
  function onFindingSaved(saved: ReportAllegation) {
    replace({
      ...report,
      allegations: report.allegations.map((a) => (a.id === saved.id ? { ...a, finding: saved.finding } : a)),
    });
    void reload();
  }

  function onDecided(updated: AccessReport) {
    replace(updated);
    setNotice({ type: 'success', text: `Decision recorded: ${statusLabel(updated.status).toLowerCase()}.` });
  }

  return (
    <>
      <ReportPrintHeader report={report} />
      <h1 className="margin-bottom-1">Access report: {childrenNames(children(report))}</h1>
      <p className="margin-y-05" data-testid="report-number">
        Report number <strong className="text-no-wrap">{report.reportNumber}</strong>
      </p>
      <DuplicateOfNotice report={report} />
      <p className="margin-top-0">
        <span className="usa-tag margin-right-05">{statusLabel(report.status)}</span>
        {report.computed.mustScreenIn && !decided && <MustScreenInTag />}
        {report.presentDangerThreat && <PresentDangerTag />}
      </p>
      <p className="report-no-print">
        <PrintReportButton />
      </p>
      {canDecide && (
        <p className="report-no-print">
          <a className="usa-link" href="#decision-heading">
            Go to your screening decision
          </a>
        </p>
      )}
      {report.status === 'DRAFT' && (
        <p className="report-no-print">
          This report is a draft.{' '}
          <Link className="usa-link" to={`/reports/${report.id}/edit`}>
            Continue editing the draft
          </Link>
        </p>
      )}
      <div ref={noticeRef} tabIndex={-1}>
        {notice && <Alert type={notice.type}>{notice.text}</Alert>}
      </div>
      <DiscardedNotice report={report} />
      <RuleMessages report={report} />
      <ClockAnnouncer
        clocks={[
          {
            id: 'le',
            name: 'LE-12H referral to law enforcement',
            status: liveStatus(c.lawEnforcementStatus, c.lawEnforcementDueAt, now),
          },
          {
            id: 'tribe',
            name: 'TRIBE-24H notice to the tribe',
            status: liveStatus(c.tribalNotificationStatus, c.tribalNotificationDueAt, now),
          },
          {
            id: 'response',
            name: 'RESPONSE-TIME first contact with the child',
            status: liveStatus(c.responseStatus, c.responseDueAt, now),
          },
        ]}
      />

      <Section id="handover" title="Who has this report">
        <HandoverSection
          report={report}
          user={user}
          onChanged={(changed, text) => {
            replace(changed);
            setNotice({ type: 'success', text });
          }}
        />
      </Section>
      <Section id="clocks" title="Clocks">
        <ClocksTable report={report} now={now} />
      </Section>
      <Section id="intake" title="What was reported">
        <ReportDetails report={report} now={now} />
        <IncidentDetails report={report} />
      </Section>
      <DuplicateReportsSection report={report} />
      <Section id="people" title="People">
        <PeopleTable report={report} />
        <PersonPlaceDetails report={report} />
        <div className="report-no-print">
          <PeopleHistories report={report} />
        </div>
      </Section>
      <Section id="household" title="Household and trafficking identifiers">
        <HouseholdReport report={report} />
      </Section>
      <Section id="allegations" title="Allegations and findings">
        <AllegationsSection report={report} onFindingSaved={onFindingSaved} />
      </Section>
      <Section id="recommendation" title="Worker's recommendation">
        {recommendation ? (
          <ScreeningSummary
            choice={recommendation}
            by={recommendation.recommendedBy}
            at={recommendation.recommendedAt}
          />
        ) : (
          <p>No recommendation recorded yet.</p>
        )}
      </Section>
      <Section id="decision" title="Screening decision">
        {decided ? (
          <ScreeningSummary choice={decided} by={decided.decidedBy} at={decided.decidedAt} />
        ) : canDecide ? (
          <>
            <p className="report-print-only">Waiting for a supervisor to decide.</p>
            <DecisionForm report={report} user={user} onDecided={onDecided} onConflict={onConflict} />
          </>
        ) : (
          <p>
            {report.status === 'DISCARDED'
              ? 'The draft was discarded, never submitted.'
              : report.status === 'DRAFT'
                ? 'The report has not been submitted yet.'
                : 'Waiting for a supervisor to decide.'}
          </p>
        )}
      </Section>
      {report.status === 'SCREENED_IN' && (
        <Section id="contacts" title="First contacts">
          <ContactsSection
            report={report}
            now={now}
            onRecorded={(updated) => {
              replace(updated);
            }}
          />
        </Section>
      )}
      <Section id="notifications" title="Notifications">
        <NotificationsSection
          report={report}
          kind="lawEnforcement"
          now={now}
          onRecorded={replace}
          readOnly={report.status === 'DISCARDED'}
        />
        <NotificationsSection
          report={report}
          kind="tribal"
          now={now}
          onRecorded={replace}
          readOnly={report.status === 'DISCARDED'}
        />
      </Section>
      {user.role === 'SUPERVISOR' && (
        <Section id="access-log" title="Who opened this report" className="report-no-print">
          <AccessLogSection reportId={report.id} />
        </Section>
      )}
    </>
  );
}

function children(report: AccessReport) {
  return report.persons.filter((p) => p.roles.includes('CHILD'));
}

function Section({
  id,
  title,
  children: content,
  className = '',
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section className={`margin-top-5 ${className}`.trim()} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="border-bottom-1px border-base-lighter padding-bottom-1">
        {title}
      </h2>
      {content}
    </section>
  );
}
