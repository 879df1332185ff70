import fs from 'node:fs';
import path from 'node:path';
import type { TestContext } from './test-app';

// The spec's case set (../shared/spec/reports-example.json) loaded through the API as a worker and a
// supervisor of each report's county would: draft, submit, decide, findings, stopping at its stage.
// A person with `sameAs` is linked to the child of an earlier report found by search.

type Auth = { Authorization: string };
type ExamplePerson = Record<string, unknown> & {
  key: string;
  sameAs?: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
};
export type ExampleReport = {
  ref: string;
  draft: Record<string, unknown> & { countyCode: string; persons: ExamplePerson[]; allegations: { key: string }[] };
  workflow: {
    stage: 'DRAFT' | 'SUBMITTED' | 'DECIDED';
    recommendation: object;
    decision: object;
    findings: Record<string, object>;
  };
};

// A copy of ../shared/spec/reports-example.json, so the tests run in any checkout;
// example-workflow.api.test.ts checks that the copy still equals the spec's when the spec is there.
export const EXAMPLE_FILE = path.join(__dirname, 'fixtures/reports-example.json');
export const SPEC_EXAMPLE_FILE = path.resolve(__dirname, '../../../../shared/spec/reports-example.json');

export function readExample(): { reports: ExampleReport[]; expected: Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(EXAMPLE_FILE, 'utf8'));
}

/**
 * The case set predates "where the child is now", which submit needs for each child: a child
 * without one is loaded as known to be at home and safe (the example says nothing to the contrary).
 */
function withCurrentLocation<P extends Record<string, unknown>>(person: P): P {
  const roles = person.roles as string[] | undefined;
  if (!roles?.includes('CHILD') || person.currentLocation !== undefined) return person;
  return { ...person, currentLocation: { known: true, description: 'At home', address: null, safeNow: 'YES' } };
}

export async function loadExample(
  ctx: TestContext,
  staff: (countyCode: string) => Promise<{ worker: Auth; supervisor: Auth }>,
  reports = readExample().reports,
) {
  const personIds = new Map<string, string>(); // example key → statewide person id
  const loaded: { ref: string; id: string; status: string }[] = [];
  for (const example of reports) {
    const { worker, supervisor } = await staff(example.draft.countyCode);
    const persons = [];
    for (const { sameAs, ...given } of example.draft.persons) {
      const person = withCurrentLocation(given);
      if (!sameAs) {
        persons.push(person);
        continue;
      }
      const query = new URLSearchParams({
        lastName: person.lastName,
        firstName: person.firstName,
        dateOfBirth: person.dateOfBirth ?? '',
      });
      const found = await ctx.http().get(`/api/persons/search?${query}`).set(worker).expect(200);
      const match = found.body.find((m: { id: string }) => m.id === personIds.get(sameAs));
      if (!match) throw new Error(`${example.ref}: search did not find ${sameAs}`);
      persons.push({ ...person, personId: match.id });
    }
    const created = await ctx
      .http()
      .post('/api/access-reports')
      .set(worker)
      .send({ ...example.draft, persons })
      .expect(201);
    for (const p of created.body.persons) personIds.set(p.key, p.id);
    let report = created.body;
    if (example.workflow.stage !== 'DRAFT') {
      report = (
        await ctx
          .http()
          .post(`/api/access-reports/${report.id}/submit`)
          .set(worker)
          .send({ version: report.version, recommendation: example.workflow.recommendation })
          .expect(200)
      ).body;
    }
    if (example.workflow.stage === 'DECIDED') {
      report = (
        await ctx
          .http()
          .post(`/api/access-reports/${report.id}/screening-decision`)
          .set(supervisor)
          .send({ version: report.version, ...example.workflow.decision })
          .expect(200)
      ).body;
      for (const [key, finding] of Object.entries(example.workflow.findings)) {
        const allegation = report.allegations.find((a: { key: string }) => a.key === key);
        await ctx
          .http()
          .put(`/api/allegations/${allegation.id}/finding`)
          .set(worker)
          .send({ rationale: 'As assessed.', ...finding })
          .expect(200);
      }
    }
    loaded.push({ ref: example.ref, id: report.id, status: report.status });
  }
  return loaded;
}
