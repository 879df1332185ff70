import type { ClockCounts, ComplianceFigures, ComplianceReport, CountyCompliance } from '@cps/domain';

// The clocks of docs/domain.md by county, for the reports received (and the missing-from-care
// episodes learned of) in the period: one narrow table per clock, counties as rows, so that each
// fits the page on screen and in print. A supervisor reads one row, their county; an admin the
// counties with something in the period and the total of all counties. Counties with nothing in
// the period are named in a sentence under the tables.

type ClockKey = {
  [K in keyof ComplianceFigures]: ComplianceFigures[K] extends ClockCounts ? K : never;
}[keyof ComplianceFigures];

const clocks: { key: ClockKey; title: string; counts: string; episodes?: boolean }[] = [
  { key: 'lawEnforcement', title: 'LE-12H: law enforcement told within 12 business hours', counts: 'Reports' },
  { key: 'tribalNotification', title: 'TRIBE-24H: the tribe told within 24 hours', counts: 'Reports' },
  {
    key: 'response',
    title: 'RESPONSE-TIME: the child seen within the response time',
    counts: 'Screened-in reports',
  },
  {
    key: 'responseSeenOrAttempted',
    title: 'RESPONSE-TIME: the child seen or a contact attempted within the response time',
    counts: 'Screened-in reports',
  },
  {
    key: 'initialAssessment',
    title: 'IA-60D: initial assessment findings within 60 days',
    counts: 'Screened-in reports',
  },
  {
    key: 'missingLawEnforcement',
    title: 'MISSING-LE-8H: a missing child reported to law enforcement within 8 hours',
    counts: 'Episodes',
    episodes: true,
  },
  {
    key: 'missingNcmec',
    title: 'MISSING-NCMEC-24H: a missing child reported to NCMEC within 24 hours',
    counts: 'Episodes',
    episodes: true,
  },
];

const statuses = [
  { key: 'onTime', label: 'On time' },
  { key: 'late', label: 'Late' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'pending', label: 'Pending' },
] as const;

const hours = (h: number | null) => (h === null ? '–' : h < 10 ? h.toFixed(1) : h.toFixed(0));

type Line = { key: string; name: string; figures: ComplianceFigures };

function Caption({ title, sub }: { title: string; sub: string }) {
  return (
    <caption>
      <span className="display-block text-bold">{title}</span>
      <span className="display-block text-normal">{sub}</span>
    </caption>
  );
}

function ClockTable({
  clock,
  lines,
  total,
  sub,
}: {
  clock: (typeof clocks)[number];
  lines: Line[];
  total: Line | null;
  sub: string;
}) {
  const row = (line: Line, bold = false) => {
    const c = line.figures[clock.key];
    return (
      <tr key={line.key} className={bold ? 'text-bold' : undefined}>
        <th scope="row">{line.name}</th>
        <td className="text-right">{c.required}</td>
        {statuses.map((s) => (
          <td key={s.key} className="text-right">
            {c[s.key]}
          </td>
        ))}
      </tr>
    );
  };
  return (
    <div className="statistics-table statistics-compliance__clock">
      <table className="usa-table usa-table--borderless usa-table--compact width-full">
        <Caption title={clock.title} sub={sub} />
        <thead>
          <tr>
            <th scope="col">County</th>
            <th scope="col" className="text-right">
              {clock.counts}
            </th>
            {statuses.map((s) => (
              <th key={s.key} scope="col" className="text-right">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{lines.map((l) => row(l))}</tbody>
        {total ? <tfoot>{row(total, true)}</tfoot> : null}
      </table>
    </div>
  );
}

function DecisionTable({ lines, total, sub }: { lines: Line[]; total: Line | null; sub: string }) {
  const row = (line: Line, bold = false) => (
    <tr key={line.key} className={bold ? 'text-bold' : undefined}>
      <th scope="row">{line.name}</th>
      <td className="text-right">{line.figures.reports}</td>
      <td className="text-right">{line.figures.timeToDecision.decided}</td>
      <td className="text-right">{hours(line.figures.timeToDecision.medianHours)}</td>
      <td className="text-right">{hours(line.figures.timeToDecision.p90Hours)}</td>
    </tr>
  );
  return (
    <div className="statistics-table statistics-compliance__clock">
      <table className="usa-table usa-table--borderless usa-table--compact width-full">
        <Caption title="Reports, and hours from receipt to the screening decision" sub={sub} />
        <thead>
          <tr>
            <th scope="col">County</th>
            <th scope="col" className="text-right">
              Reports received
            </th>
            <th scope="col" className="text-right">
              Decided
            </th>
            <th scope="col" className="text-right">
              Median hours
            </th>
            <th scope="col" className="text-right">
              90th percentile hours
            </th>
          </tr>
        </thead>
        <tbody>{lines.map((l) => row(l))}</tbody>
        {total ? <tfoot>{row(total, true)}</tfoot> : null}
      </table>
    </div>
  );
}

const lineOf = (c: CountyCompliance): Line => ({ key: c.countyCode, name: c.countyName, figures: c });

export function ComplianceTables({ report, periodText }: { report: ComplianceReport; periodText: string }) {
  const county = report.scope.countyCode !== null;
  // A supervisor: their county, always, and no total (it is the same row). An admin: the counties
  // with something in the period, then all counties together.
  const active = county ? report.counties : report.counties.filter((c) => c.reports > 0 || c.missingEpisodes > 0);
  const quiet = report.counties.length - active.length;
  const lines = active.map(lineOf);
  const total: Line | null = county ? null : { key: 'total', name: 'All counties', figures: report.total };
  const readAt = new Date(report.asOf).toLocaleString('en-US', {
    timeZone: 'America/Chicago',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const sub = `Received ${periodText}; read at ${readAt} Central time`;
  const episodeSub = `Episodes learned of ${periodText}; read at ${readAt} Central time`;
  return (
    <div className="statistics-compliance">
      <DecisionTable lines={lines} total={total} sub={sub} />
      {clocks.map((c) => (
        <ClockTable key={c.key} clock={c} lines={lines} total={total} sub={c.episodes ? episodeSub : sub} />
      ))}
      <p className="font-body-2xs">
        {quiet > 0
          ? `${quiet} ${quiet === 1 ? 'county' : 'counties'} received no report and learned of no missing child in the period. `
          : ''}
        Late: done after the due time. Overdue: not done and past due. Pending: not done, not yet due. Initial
        assessments count for screened-in reports; on time when the last finding was recorded by the 60th day. A contact
        counts for the response time only with a child named in an allegation; a caregiver seen never does, and an
        attempt counts only in "seen or attempted".
      </p>
    </div>
  );
}
