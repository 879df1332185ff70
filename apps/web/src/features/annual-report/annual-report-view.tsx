import { formatLongDate, formatPeriod, type SexTraffickingResponse, summaryParagraphs, type User } from '@cps/domain';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { SignedIn } from '../auth/signed-in';
import { sexTraffickingPath } from '../statistics/statistics.api';
import { periodOf, periodSearch, TableWithChart, tablesOf, usePrintClass } from '../statistics/statistics-page';
import '../statistics/statistics.css';

// The annual report as DCF published it in December 2018, in its order: title, executive summary,
// introduction, language in this report, then the data: allegations (tables 1-4) and substantiations
// (tables 5-10), each table with its chart. Made to be printed or saved as PDF for the legislature
// and the public. The agency's own chapters (its efforts, the appendices) are its to write: the page
// says where they go rather than inventing them.

const refusal = (
  <>
    <h1>Annual report</h1>
    <Alert type="info">
      The annual report is for supervisors (their county) and state administrators (the whole state).
    </Alert>
  </>
);

export function AnnualReportView() {
  usePrintClass();
  return (
    <SignedIn roles={['SUPERVISOR', 'ADMIN']} refusal={refusal}>
      {(user) => <AnnualReport user={user} />}
    </SignedIn>
  );
}

function AnnualReport({ user }: { user: User }) {
  const [params] = useSearchParams();
  const { period, suppress } = periodOf(params);
  const report = useApiResource<SexTraffickingResponse>(sexTraffickingPath(period, suppress));
  const back = `/statistics?${periodSearch(period, suppress)}`;
  if (report.status === 'error') return <Alert type="error">{report.error.message}</Alert>;
  if (report.status !== 'success') return <Loading label="Counting…" />;
  const data = report.data;
  const countyName = data.scope.countyName;
  const place = user.role === 'ADMIN' || !countyName ? 'Wisconsin' : `${countyName} County`;
  const periodText = formatPeriod(period);
  return (
    <article className="annual-report">
      <div className="statistics-no-print usa-button-group margin-bottom-3">
        <Link className="usa-button usa-button--unstyled margin-right-2" to={back}>
          Back to the statistics
        </Link>
        <button type="button" className="usa-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <header className="margin-bottom-4">
        <h1 className="margin-bottom-1">
          Reports of Child Sex Trafficking Allegations &amp; Substantiations to Child Protective Services
        </h1>
        <p className="usa-intro margin-y-1">
          {place}, {periodText}
          {suppress ? ' (public release: counts from 1 to 4 not shown)' : ''}
        </p>
        <p className="margin-top-0">
          Made {formatLongDate(data.generatedAt.slice(0, 10))} from the county intake records.
        </p>
      </header>
      <nav aria-label="Contents" className="statistics-no-print margin-bottom-4">
        <h2 className="margin-bottom-1">Contents</h2>
        <ol className="usa-list">
          <li>
            <a className="usa-link" href="#executive-summary">
              Executive summary
            </a>
          </li>
          <li>
            <a className="usa-link" href="#introduction">
              Introduction
            </a>
          </li>
          <li>
            <a className="usa-link" href="#language">
              Language in this report
            </a>
          </li>
          <li>
            <a className="usa-link" href="#allegations">
              Child sex trafficking allegations
            </a>
          </li>
          <li>
            <a className="usa-link" href="#substantiations">
              Child sex trafficking substantiations
            </a>
          </li>
        </ol>
      </nav>
      <Section id="executive-summary" title="Executive summary">
        {summaryParagraphs(data, place).map((p) => (
          <p key={p} className="usa-prose">
            {p}
          </p>
        ))}
      </Section>
      <Section id="introduction" title="Introduction">
        <p className="usa-prose">
          Since May 29, 2017, Wisconsin law requires that suspected sex trafficking of a child under 18 be reported to
          the county child welfare agency or to law enforcement. A child maltreatment allegation is an assertion of one
          type of abuse or neglect, by one or more alleged maltreaters, about one child. An allegation is screened in
          when it rises to the level of maltreatment as the statutes define it and must be assessed; the assessment then
          finds it substantiated or not.
        </p>
        <p className="usa-prose">
          This report counts the screened-in allegations of child sex trafficking received from{' '}
          {formatLongDate(period.from)} through {formatLongDate(period.to)}, and those of them that were substantiated,
          {place === 'Wisconsin' ? ' by Milwaukee County and the balance of state, and' : ` in ${place},`} by the
          child’s ethnicity, race, gender and age.
        </p>
      </Section>
      <Section id="language" title="Language in this report">
        <p className="usa-prose">
          Children cannot consent to commercial sex. This report speaks of youth being sex trafficked and of commercial
          sexual exploitation, never of child prostitution, and it puts the child before what happened to them.
        </p>
      </Section>
      <Section id="allegations" title="Child sex trafficking allegations" pageBreak>
        {tablesOf(data)
          .slice(0, 4)
          .map((t) => (
            <TableWithChart key={t.number} table={t} place={place} periodText={periodText} />
          ))}
      </Section>
      <Section id="substantiations" title="Child sex trafficking substantiations" pageBreak>
        {tablesOf(data)
          .slice(4)
          .map((t) => (
            <TableWithChart key={t.number} table={t} place={place} periodText={periodText} />
          ))}
      </Section>
      <p className="usa-prose margin-top-4">
        The department’s own chapters of the published report (its efforts to reduce child sex trafficking, and the
        appendices) are written by the department and are not made here.
      </p>
    </article>
  );
}

function Section({
  id,
  title,
  pageBreak = false,
  children,
}: {
  id: string;
  title: string;
  pageBreak?: boolean;
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <section id={id} aria-labelledby={headingId} className={pageBreak ? 'statistics-page-break' : undefined}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
