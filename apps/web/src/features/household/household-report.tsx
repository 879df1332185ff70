import type { AccessReport, IdentifierMatch } from '@cps/domain';
import { useApiResource } from '../../api/use-api-resource';
import { personName } from '../screening/labels';
import { identifierKindLabels, relationshipLabels } from './household-words';
import { identifierMatchesPath } from './identifier-matches.api';
import { IdentifierMatchesList } from './identifier-matches-list';

/** The report page's household relationships and trafficking identifiers, with their matches. */
export function HouseholdReport({ report }: { report: AccessReport }) {
  const name = (key: string | null) => {
    const person = report.persons.find((p) => p.key === key);
    return person ? personName(person) : 'no one';
  };
  const matches = useApiResource<IdentifierMatch[]>(
    report.identifiers.length ? identifierMatchesPath(report.id) : null,
  );
  const byKey = new Map(matches.status === 'success' ? matches.data.map((m) => [m.identifierKey, m]) : []);
  return (
    <>
      <h3>Household relationships</h3>
      {report.relationships.length === 0 ? (
        <p>No relationships recorded.</p>
      ) : (
        <ul className="usa-list">
          {report.relationships.map((r) => (
            <li key={`${r.fromKey}-${r.type}-${r.toKey}`}>
              {name(r.fromKey)} {relationshipLabels[r.type]} {name(r.toKey)}
            </li>
          ))}
        </ul>
      )}
      <h3>Trafficker and buyer identifiers</h3>
      {report.identifiers.length === 0 ? (
        <p>No identifiers recorded.</p>
      ) : (
        <>
          {matches.status === 'loading' && <p role="status">Looking up other reports…</p>}
          {matches.status === 'error' && (
            <p className="usa-error-message" role="alert">
              Other reports naming these could not be looked up: {matches.error.message}
            </p>
          )}
          <table className="usa-table usa-table--stacked usa-table--borderless width-full">
            <caption className="usa-sr-only">
              Trafficker and buyer identifiers and the other reports naming them
            </caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">As recorded</th>
                <th scope="col">Person</th>
                <th scope="col">Other reports</th>
              </tr>
            </thead>
            <tbody>
              {report.identifiers.map((x) => (
                <tr key={x.key}>
                  <th scope="row" data-label="Kind">
                    {identifierKindLabels[x.kind]}
                    {x.platform ? ` (${x.platform})` : ''}
                  </th>
                  <td data-label="As recorded">{x.value}</td>
                  <td data-label="Person">{x.personKey ? name(x.personKey) : 'Not tied to a person'}</td>
                  <td data-label="Other reports">
                    {matches.status === 'success' ? <IdentifierMatchesList match={byKey.get(x.key)} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
