import type { TestContext } from './test-app';

// Request bodies for report tests: a complete sex trafficking report that submits cleanly, with
// overrides. Received a fixed Tuesday 10:00 Chicago (15:00Z) so the clocks are predictable.

export type Body = Record<string, unknown>;

export function child(overrides: Body = {}): Body {
  return {
    key: 'c1',
    personId: null,
    firstName: 'Maya',
    lastName: 'Testchild',
    dateOfBirth: '2003-05-01',
    approximateAge: null,
    gender: 'FEMALE',
    hispanicEthnicity: 'NOT_HISPANIC',
    primaryRace: 'WHITE',
    indianChild: 'NO',
    tribe: null,
    roles: ['CHILD'],
    ...overrides,
  };
}

export function maltreater(overrides: Body = {}): Body {
  return { key: 'm1', roles: ['ALLEGED_MALTREATER'], gender: 'MALE', ...overrides };
}

export function stAllegation(overrides: Body = {}): Body {
  return {
    key: 'a1',
    childKey: 'c1',
    maltreaterKeys: ['m1'],
    maltreatmentType: 'SEXUAL_ABUSE',
    descriptors: ['SEX_TRAFFICKING'],
    maltreaterRelationship: 'NON_CAREGIVER',
    ...overrides,
  };
}

export const screenIn = { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS', rationale: 'Meets the definition.' };

export function draftBody(overrides: Body = {}): Body {
  return {
    countyCode: '55079',
    receivedAt: '2018-03-06T16:00:00.000Z',
    reporter: { type: 'EDUCATION', name: 'School counselor', phone: '414-555-0100', anonymous: false },
    narrative: 'A youth told a counselor that an adult arranges commercial sexual exploitation.',
    presentDangerThreat: false,
    persons: [child(), maltreater()],
    indicators: [],
    allegations: [stAllegation()],
    recommendation: screenIn,
    ...overrides,
  };
}

type Auth = { Authorization: string };

export async function createReport(ctx: TestContext, auth: Auth, body: Body = draftBody()) {
  const res = await ctx.http().post('/api/access-reports').set(auth).send(body);
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function submitReport(ctx: TestContext, auth: Auth, body: Body = draftBody()) {
  const report = await createReport(ctx, auth, body);
  const res = await ctx.http().post(`/api/access-reports/${report.id}/submit`).set(auth).send({ version: report.version });
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function screenedIn(ctx: TestContext, worker: Auth, supervisor: Auth, body: Body = draftBody()) {
  const report = await submitReport(ctx, worker, body);
  const res = await ctx.http().post(`/api/access-reports/${report.id}/screening-decision`).set(supervisor).send({ version: report.version, ...screenIn });
  if (res.status !== 200) throw new Error(`decide: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
