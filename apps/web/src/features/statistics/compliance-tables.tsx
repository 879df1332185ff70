import type { ClockCounts, ComplianceFigures, ComplianceReport } from '@cps/domain';

// The clocks of docs/domain.md by county, for the reports received in the period. Counties without a
// report in the period are left out of the table and named in a sentence under it.

const clocks = [
  { key: 'lawEnforcement', name: 'LE-12H: referral to law enforcement within 12 business hours' },
  { key: 'tribalNotification', name: 'TRIBE-24H: notice to the tribe within 24 hours' },
  { key: 'initialAssessment', name: 'IA-60D: initial assessment findings within 60 days' },
] as const;

const statuses = [
  { key: 'onTime', label: 'On time' },
  { key: 'late', label: 'Late' },
  { key: 'overdue', label: 'Overdue' },
  { key: 'pending', label: 'Pending' },
] as const;

const hours = (h: number | null) => (h === null ? '–' : h < 10 ? h.toFixed(1) : h.toFixed(0));

function ClockCells({ counts }: { counts: ClockCounts }) {
  return (
    <>
      <td className="text-right">{counts.required}</td>
      {statuses.map((s) => (
        <td key={s.key} className="text-right">
          {counts[s.key]}
        </td>
      ))}
    </>
  );
}

function Row({ name, figures, total }: { name: string; figures: ComplianceFigures; total?: boolean }) {
  return (
    <tr className={total ? 'text-bold' : undefined}>
      <th scope="row">{name}</th>
      <td className="text-right">{figures.reports}</td>
      {clocks.map((c) => (
        <ClockCells key={c.key} counts={figures[c.key]} />
      ))}
      <td className="text-right">{figures.timeToDecision.decided}</td>
      <td className="text-right">{hours(figures.timeToDecision.medianHours)}</td>
      <td className="text-right">{hours(figures.timeToDecision.p90Hours)}</td>
    </tr>
  );
}

export function ComplianceTables({ report, periodText }: { report: ComplianceReport; periodText: string }) {
  const active = report.counties.filter((c) => c.reports > 0);
  const quiet = report.counties.length - active.length;
  const allName = report.scope.countyName ? `${report.scope.countyName} County` : 'All counties';
  return (
    <div className="statistics-table statistics-compliance">
      <div
        className="usa-table-container--scrollable"
        tabIndex={0}
        role="region"
        aria-label="Compliance by county (scrolls sideways)"
      >
        <table className="usa-table usa-table--borderless usa-table--compact">
          <caption>
            <span className="display-block text-bold">Clocks by county</span>
            <span className="display-block text-normal">
              Reports received {periodText}; clocks read at{' '}
              {new Date(report.asOf).toLocaleString('en-US', {
                timeZone: 'America/Chicago',
                dateStyle: 'medium',
                timeStyle: 'short',
              })}{' '}
              Central time
            </span>
          </caption>
          <colgroup span={2} />
          {clocks.map((c) => (
            <colgroup key={c.key} span={5} />
          ))}
          <colgroup span={3} />
          <thead>
            <tr>
              <td />
              <td />
              {clocks.map((c) => (
                <th key={c.key} scope="colgroup" colSpan={5} className="text-center">
                  {c.name}
                </th>
              ))}
              <th scope="colgroup" colSpan={3} className="text-center">
                Hours from receipt to the screening decision
              </th>
            </tr>
            <tr>
              <th scope="col">County</th>
              <th scope="col" className="text-right">
                Reports
              </th>
              {clocks.map((c) => [
                <th key={`${c.key}-required`} scope="col" className="text-right">
                  Required
                </th>,
                ...statuses.map((s) => (
                  <th key={`${c.key}-${s.key}`} scope="col" className="text-right">
                    {s.label}
                  </th>
                )),
              ])}
              <th scope="col" className="text-right">
                Decided
              </th>
              <th scope="col" className="text-right">
                Median
              </th>
              <th scope="col" className="text-right">
                90th percentile
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((c) => (
              <Row key={c.countyCode} name={c.countyName} figures={c} />
            ))}
          </tbody>
          <tfoot>
            <Row name={allName} figures={report.total} total />
          </tfoot>
        </table>
      </div>
      <p className="font-body-2xs">
        {quiet > 0 ? `${quiet} ${quiet === 1 ? 'county' : 'counties'} received no report in the period. ` : ''}
        Late: done after the due time. Overdue: not done and past due. Pending: not done, not yet due. Initial
        assessments count for screened-in reports; on time when the last finding was recorded by the 60th day.
      </p>
    </div>
  );
}
