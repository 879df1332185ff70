import {
  type ComplianceReport,
  formatPeriod,
  type Period,
  type SexTraffickingResponse,
  summaryParagraphs,
  type User,
} from '@cps/domain';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { SignedIn } from '../auth/signed-in';
import { NcandsSection } from '../ncands/ncands-section';
import { ComplianceTables } from './compliance-tables';
import { PeriodForm } from './period-form';
import { compliancePath, sexTraffickingCsvPath, sexTraffickingPath } from './statistics.api';
import { periodOf, periodSearch, TableWithChart, tablesOf, usePrintClass } from './statistics-page';
import './statistics.css';

/** The period lives in the address (?from=&to=&public=1), so a view can be bookmarked and shared. */
function usePeriod(): [Period, boolean, (p: Period, suppress: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const { period, suppress } = periodOf(params);
  return [period, suppress, (p, s) => setParams({ from: p.from, to: p.to, ...(s ? { public: '1' } : {}) })];
}

const refusal = (
  <>
    <h1>Child sex trafficking statistics</h1>
    <Alert type="info">Statistics are for supervisors (their county) and state administrators (the whole state).</Alert>
  </>
);

export function StatisticsView() {
  usePrintClass();
  return (
    <SignedIn roles={['SUPERVISOR', 'ADMIN']} refusal={refusal}>
      {(user) => <Statistics user={user} />}
    </SignedIn>
  );
}

function Statistics({ user }: { user: User }) {
  const [period, suppress, setPeriod] = usePeriod();
  const report = useApiResource<SexTraffickingResponse>(sexTraffickingPath(period, suppress));
  const compliance = useApiResource<ComplianceReport>(compliancePath(period));
  const countyName = report.status === 'success' ? report.data.scope.countyName : null;
  const place = user.role === 'ADMIN' ? 'Wisconsin' : countyName ? `${countyName} County` : 'Your county';
  const periodText = formatPeriod(period);

  return (
    <>
      <h1 className="margin-bottom-1">Child sex trafficking statistics</h1>
      <p className="usa-intro margin-top-0">
        {place === 'Wisconsin' ? 'Statewide' : place}: screened-in allegations of child sex trafficking, {periodText}
        {suppress ? ' (public release: small numbers not shown)' : ''}.
      </p>
      <PeriodForm
        key={`${period.from}/${period.to}/${suppress}`}
        period={period}
        suppress={suppress}
        onChange={setPeriod}
      />
      {report.status === 'error' ? <Alert type="error">{report.error.message}</Alert> : null}
      {report.status === 'loading' || report.status === 'idle' ? <Loading label="Counting…" /> : null}
      {report.status === 'success' ? (
        <>
          <div className="statistics-no-print usa-button-group margin-y-3">
            <a className="usa-button usa-button--outline" href={sexTraffickingCsvPath(period, suppress)} download>
              Download the tables (CSV)
            </a>
            <button type="button" className="usa-button usa-button--outline" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <Link
              className="usa-button usa-button--outline"
              to={`/statistics/annual-report?${periodSearch(period, suppress)}`}
            >
              Annual report (printable)
            </Link>
          </div>
          <section aria-labelledby="statistics-summary">
            <h2 id="statistics-summary">Summary</h2>
            {summaryParagraphs(report.data, place).map((p) => (
              <p key={p} className="usa-prose">
                {p}
              </p>
            ))}
          </section>
          <section aria-labelledby="statistics-allegations">
            <h2 id="statistics-allegations">Allegations</h2>
            {tablesOf(report.data)
              .slice(0, 4)
              .map((t) => (
                <TableWithChart key={t.number} table={t} place={place} periodText={periodText} />
              ))}
          </section>
          <section aria-labelledby="statistics-substantiations">
            <h2 id="statistics-substantiations">Substantiations</h2>
            {tablesOf(report.data)
              .slice(4)
              .map((t) => (
                <TableWithChart key={t.number} table={t} place={place} periodText={periodText} />
              ))}
          </section>
        </>
      ) : null}
      <section aria-labelledby="statistics-compliance" className="statistics-page-break">
        <h2 id="statistics-compliance">Clocks and compliance</h2>
        {compliance.status === 'error' ? <Alert type="error">{compliance.error.message}</Alert> : null}
        {compliance.status === 'loading' || compliance.status === 'idle' ? (
          <Loading label="Reading the clocks…" />
        ) : null}
        {compliance.status === 'success' ? <ComplianceTables report={compliance.data} periodText={periodText} /> : null}
      </section>
      {user.role === 'ADMIN' ? <NcandsSection /> : null}
    </>
  );
}
