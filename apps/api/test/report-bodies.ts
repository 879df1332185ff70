import type { Draft } from '@cps/domain';
import * as base from '@cps/domain/testing';
import type { TestContext } from './test-app';

// Request bodies for report tests: a complete sex trafficking report that submits cleanly (the
// domain tests' draft, with a child, narrative and recommendation of its own), with overrides.
// Received a fixed Tuesday 10:00 Chicago (16:00Z) so the clocks are predictable.

export type Body = Record<string, unknown>;

export function child(overrides: Body = {}): Body {
  return { ...base.child({ firstName: 'Maya', lastName: 'Testchild', dateOfBirth: '2003-05-01' }), ...overrides };
}

export function maltreater(overrides: Body = {}): Body {
  return { ...base.maltreater(), ...overrides };
}

export function stAllegation(overrides: Body = {}): Body {
  return { ...base.allegation(), ...overrides };
}

export const screenIn = { decision: 'SCREEN_IN', responseTime: 'WITHIN_48_HOURS', rationale: 'Meets the definition.' };

export function draftBody(overrides: Body = {}): Body {
  return {
    ...base.draft({
      receivedAt: '2018-03-06T16:00:00.000Z',
      narrative: 'A youth told a counselor that an adult arranges commercial sexual exploitation.',
      recommendation: screenIn as Draft['recommendation'],
    }),
    persons: [child(), maltreater()],
    allegations: [stAllegation()],
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
  const res = await ctx
    .http()
    .post(`/api/access-reports/${report.id}/submit`)
    .set(auth)
    .send({ version: report.version });
  if (res.status !== 200) throw new Error(`submit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function screenedIn(ctx: TestContext, worker: Auth, supervisor: Auth, body: Body = draftBody()) {
  const report = await submitReport(ctx, worker, body);
  const res = await ctx
    .http()
    .post(`/api/access-reports/${report.id}/screening-decision`)
    .set(supervisor)
    .send({ version: report.version, ...screenIn });
  if (res.status !== 200) throw new Error(`decide: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
