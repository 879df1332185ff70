import type { IdentifierMatch } from '@cps/domain';
import { Link } from 'react-router-dom';
import { useCounties } from '../reference/use-counties';
import { otherCountyText } from './household-words';

/** The matches of one identifier: the county's own reports as links, other counties as counts. */
export function IdentifierMatchesList({ match }: { match: IdentifierMatch | undefined }) {
  const counties = useCounties();
  if (!match) return null;
  const name = (code: string) => {
    const county = counties.status === 'success' ? counties.data.find((c) => c.code === code) : undefined;
    return county ? `${county.name} County` : `county ${code}`;
  };
  if (match.reports.length === 0 && match.otherCounties.length === 0)
    return <p className="usa-hint margin-top-05">No other report names this.</p>;
  return (
    <ul className="usa-list margin-top-05" aria-label="Other reports naming this">
      {match.reports.map((r) => (
        <li key={r.id}>
          <Link className="usa-link" to={`/reports/${r.id}`}>
            Report {r.reportNumber}
          </Link>{' '}
          (
          {r.receivedAt
            ? new Date(r.receivedAt).toLocaleDateString('en-US', { timeZone: 'America/Chicago' })
            : 'date not known'}
          )
        </li>
      ))}
      {match.otherCounties.map((c) => (
        <li key={`${c.countyCode}-${c.month}`}>{otherCountyText(c, name)}</li>
      ))}
    </ul>
  );
}
