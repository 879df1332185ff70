import type { AccessReport, HolidayEntry, User } from '@cps/domain';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import type { HandedOver } from '../handover/draft-handover';
import { HandedOverPanel } from '../handover/handed-over-panel';
import { useCounties } from '../reference/use-counties';
import { HOLIDAYS_PATH, reportPath } from './intake.api';
import type { IntakeTimings } from './intake-context';
import { IntakeForm } from './intake-form';
import { draftStart, newReportStart } from './intake-start';
import { SubmittedPanel } from './submitted-panel';
import './intake.css';

type IntakeScreenProps = { user: User; reportId: string | null; timings?: Partial<IntakeTimings> };

/**
 * Loads what the form needs (the draft, the holiday calendar for LE-12H, the county's name) and
 * starts it. Creating the draft moves the address to /reports/:id/edit without remounting the
 * form, so the worker's caret never jumps.
 */
export function IntakeScreen({ user, reportId, timings }: IntakeScreenProps) {
  const navigate = useNavigate();
  const created = useRef<string | null>(null);
  const [session, setSession] = useState<{
    n: number;
    reportId: string | null;
    submitted?: AccessReport;
    handedOver?: HandedOver;
  }>({
    n: 0,
    reportId,
  });
  if (reportId !== session.reportId && reportId !== created.current) setSession({ n: session.n + 1, reportId });

  const holidays = useApiResource<HolidayEntry[]>(HOLIDAYS_PATH);
  const counties = useCounties();
  const report = useApiResource<AccessReport>(session.reportId ? reportPath(session.reportId) : null);
  const loaded = report.status === 'success' ? report.data : null;

  const countyCode = loaded?.countyCode ?? user.countyCode ?? '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new start only for a new session or a newly loaded draft, never on a re-render
  const start = useMemo(
    () =>
      session.reportId === null
        ? newReportStart(user, countyCode)
        : loaded && loaded.status === 'DRAFT'
          ? draftStart(user, loaded)
          : null,
    [session.n, loaded],
  );

  if (session.submitted) return <SubmittedPanel report={session.submitted} />;
  if (session.handedOver) return <HandedOverPanel result={session.handedOver} />;
  if (!user.countyCode && !loaded)
    return <Alert type="error">Reports are taken by county staff: your account has no county.</Alert>;
  if (report.status === 'error') return <Alert type="error">{report.error.message}</Alert>;
  if (holidays.status === 'loading' || report.status === 'loading') return <Loading label="Loading the report…" />;
  if (loaded && loaded.status !== 'DRAFT') {
    return (
      <Alert type="info">
        {loaded.status === 'DISCARDED'
          ? 'This draft was discarded and is read-only.'
          : 'This report was submitted and can no longer be edited.'}{' '}
        <Link className="usa-link" to={`/reports/${loaded.id}`}>
          Open the report
        </Link>
      </Alert>
    );
  }
  if (!start) return <Loading label="Loading the report…" />;

  const county = counties.status === 'success' ? counties.data.find((c) => c.code === start.countyCode) : undefined;
  const holidayDates = holidays.status === 'success' ? holidays.data.map((h) => h.date) : [];
  return (
    <>
      <h1 className="margin-bottom-1">{reportId ? 'Access report (draft)' : 'New access report'}</h1>
      <p className="usa-intro margin-top-0">Type as the caller talks: every word is saved as you go.</p>
      {holidays.status === 'error' && (
        <Alert type="warning">
          The holiday calendar could not be loaded, so due times below count holidays as business days.
        </Alert>
      )}
      <IntakeForm
        key={session.n}
        user={user}
        countyName={county ? `${county.name} County` : `County ${start.countyCode}`}
        holidays={holidayDates}
        start={start}
        timings={timings}
        onCreated={(report) => {
          created.current = report.id;
          // Only the address changes (the form stays mounted): nothing waits for the navigation.
          void navigate(`/reports/${report.id}/edit`, { replace: true });
        }}
        // The submitted report's own address, so "Start a new report" begins a new session.
        onSubmitted={(report) => setSession((s) => ({ ...s, reportId: report.id, submitted: report }))}
        onHandedOver={(result) => setSession((s) => ({ ...s, reportId: result.report.id, handedOver: result }))}
      />
    </>
  );
}
