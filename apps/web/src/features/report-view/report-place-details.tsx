import { type AccessReport, type AddressView, COUNTY_NAMES, incidentLocationTypes, safeNowValues } from '@cps/domain';
import type { ReactNode } from 'react';

// Issue 13's parts of the report, read-only: the incident, worker safety, the reporter's
// relationship, each person's details and where each child is now.

const countyNames = new Map(Object.entries(COUNTY_NAMES).map(([name, code]) => [code, name]));
const label = (list: readonly { code: string; label: string }[], code: string | null | undefined) =>
  list.find((c) => c.code === code)?.label ?? 'Not recorded';
const yesNo = (v: boolean | null | undefined) => (v == null ? 'Not recorded' : v ? 'Yes' : 'No');

/** One address on one or two lines, with its county when given. */
export function addressText(a: AddressView | null | undefined): string {
  if (!a) return 'Not recorded';
  const county = a.countyCode ? `, ${countyNames.get(a.countyCode) ?? a.countyCode} County` : '';
  return `${[a.line1, a.line2].filter(Boolean).join(', ')}, ${a.city}, ${a.state}${a.zip ? ` ${a.zip}` : ''}${county}`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid-col-12 tablet:grid-col-6 margin-bottom-2">
      <dt className="text-bold">{term}</dt>
      <dd className="margin-left-0">{children}</dd>
    </div>
  );
}

export function IncidentDetails({ report }: { report: AccessReport }) {
  const incident = report.incident;
  const safety = report.workerSafetyConcerns;
  return (
    <>
      <h3>Incident</h3>
      <dl className="grid-row grid-gap margin-0">
        <Fact term="Reporter's relationship to the child">
          {report.reporter?.relationshipToChild || 'Not recorded'}
        </Fact>
        <Fact term="Mandated reporter">{yesNo(report.reporter?.mandatedReporter)}</Fact>
        <Fact term="Date it happened">
          {incident?.occurredOn
            ? `${incident.occurredOn}${incident.occurredOnIsApproximate ? ' (approximate)' : ''}`
            : 'Not known'}
        </Fact>
        <Fact term="Kind of place">{label(incidentLocationTypes, incident?.locationType)}</Fact>
        <Fact term="Where it happened">{addressText(incident?.address)}</Fact>
        <Fact term="What is known about the incident">{incident?.description || 'Not recorded'}</Fact>
        <Fact term="Worker safety concerns">
          {yesNo(safety?.present)}
          {safety?.present && safety.description ? `: ${safety.description}` : ''}
        </Fact>
      </dl>
    </>
  );
}

/** Each person's details, and where each child is now. */
export function PersonPlaceDetails({ report }: { report: AccessReport }) {
  return (
    <>
      <h3>Contact details and where each child is now</h3>
      {report.persons.map((p, i) => {
        const name = [p.firstName, p.lastName].filter(Boolean).join(' ') || `Person ${i + 1}`;
        const where = p.currentLocation;
        const isChild = p.roles.includes('CHILD');
        return (
          <section key={p.id} aria-label={`Details of ${name}`} className="margin-bottom-2">
            <h4 className="margin-bottom-1">{name}</h4>
            <dl className="grid-row grid-gap margin-0">
              <Fact term="Address">{addressText(p.address)}</Fact>
              <Fact term="Phone">{p.phone || 'Not recorded'}</Fact>
              <Fact term="Primary language">
                {p.primaryLanguage || 'Not recorded'}
                {p.interpreterNeeded ? ' (interpreter needed)' : ''}
              </Fact>
              {isChild && <Fact term="School">{p.school || 'Not recorded'}</Fact>}
              {isChild && (
                <Fact term="Where the child is now">
                  {!where
                    ? 'Not recorded'
                    : where.known
                      ? `${where.description || 'Known'}${where.address ? `, ${addressText(where.address)}` : ''}. Safe now: ${label(safeNowValues, where.safeNow)}`
                      : `Not known${where.description ? `: ${where.description}` : ''}`}
                </Fact>
              )}
            </dl>
          </section>
        );
      })}
    </>
  );
}
