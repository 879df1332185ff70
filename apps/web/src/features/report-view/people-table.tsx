import { type AccessReport, ageAtReport, type ReportPersonView } from '@cps/domain';
import { formatCalendarDate } from '../../ui/chicago-time';
import { PersonHistory } from '../person-history/person-history';
import {
  ethnicityLabel,
  genderLabel,
  personName,
  personRoleLabel,
  raceLabel,
  yesNoUnknownLabel,
} from '../screening/labels';

/** Everyone named in the report with their roles and demographics. */
export function PeopleTable({ report }: { report: AccessReport }) {
  if (report.persons.length === 0) return <p>No people recorded.</p>;
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full">
      <caption className="usa-sr-only">People in this report</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Age</th>
          <th scope="col">Gender</th>
          <th scope="col">Hispanic ethnicity</th>
          <th scope="col">Primary race</th>
          <th scope="col">Indian child</th>
        </tr>
      </thead>
      <tbody>
        {report.persons.map((person) => (
          <tr key={person.key}>
            <th scope="row" data-label="Name">
              {personName(person)}
            </th>
            <td data-label="Role">{person.roles.map(personRoleLabel).join(', ') || 'None recorded'}</td>
            <td data-label="Age">{ageText(person, report.receivedAt)}</td>
            <td data-label="Gender">{genderLabel(person.gender)}</td>
            <td data-label="Hispanic ethnicity">{ethnicityLabel(person.hispanicEthnicity)}</td>
            <td data-label="Primary race">{raceLabel(person.primaryRace)}</td>
            <td data-label="Indian child">
              {yesNoUnknownLabel(person.indianChild)}
              {person.indianChild === 'YES' && person.tribe ? ` (${person.tribe})` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each person's earlier reports, one disclosure each: a screening decision reads them beside this report. */
export function PeopleHistories({ report }: { report: AccessReport }) {
  if (report.persons.length === 0) return null;
  return (
    <section aria-labelledby="people-history-heading" className="margin-top-3">
      <h3 id="people-history-heading">History of involvement</h3>
      <ul className="usa-list usa-list--unstyled">
        {report.persons.map((person) => (
          <li key={person.key}>
            <PersonHistory personId={person.personId} name={personName(person)} currentReportId={report.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "15 (born Jul 14, 2002)", "About 15", or "Unknown": the age on the date received. */
function ageText(person: ReportPersonView, receivedAt: string | null | undefined): string {
  const age = ageAtReport(person, receivedAt);
  if (person.dateOfBirth) {
    const born = `born ${formatCalendarDate(person.dateOfBirth)}`;
    return age === null ? born : `${age} (${born})`;
  }
  return age === null ? 'Unknown' : `About ${age}`;
}
