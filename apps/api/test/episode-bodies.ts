import type { TestContext } from './test-app';

// Request bodies for missing-from-care episode tests. Learned of on a Saturday evening before the
// spring change of clocks (2018-03-10 20:00 CST = 2018-03-11T02:00Z): police due 10:00Z, NCMEC due
// 2018-03-12T02:00Z, elapsed hours whatever the wall clock does.

type Auth = { Authorization: string };
export type Body = Record<string, unknown>;

export const LEARNED_AT = '2018-03-11T02:00:00.000Z';
export const POLICE_DUE = '2018-03-11T10:00:00.000Z';
export const NCMEC_DUE = '2018-03-12T02:00:00.000Z';

export function episodeBody(overrides: Body = {}): Body {
  return {
    person: { firstName: 'Nadia', lastName: 'Runaway-Test', dateOfBirth: '2003-09-14' },
    countyCode: '55079',
    learnedAt: LEARNED_AT,
    lastSeenAt: '2018-03-10T23:30:00.000Z',
    lastSeenLocation: 'Foster home on the north side',
    circumstances: 'Did not come home from school; phone off.',
    ...overrides,
  };
}

export async function createEpisode(ctx: TestContext, auth: Auth, body: Body = episodeBody()) {
  const res = await ctx.http().post('/api/missing-episodes').set(auth).send(body);
  if (res.status !== 201) throw new Error(`create episode: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function patchEpisode(ctx: TestContext, auth: Auth, id: string, body: Body) {
  const res = await ctx.http().patch(`/api/missing-episodes/${id}`).set(auth).send(body);
  if (res.status !== 200) throw new Error(`patch episode: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An episode whose child is located (and reported to both), ready for the return screening. */
export async function locatedEpisode(ctx: TestContext, auth: Auth, body: Body = episodeBody()) {
  const episode = await createEpisode(ctx, auth, body);
  return patchEpisode(ctx, auth, episode.id, {
    version: episode.version,
    policeReportedAt: '2018-03-11T04:00:00.000Z',
    policeAgency: 'Milwaukee Police Department',
    policeCaseNumber: 'MPD-18-0311',
    ncicNumber: 'M123456789',
    ncmecReportedAt: '2018-03-11T12:00:00.000Z',
    ncmecCaseNumber: '1311223',
    locatedAt: '2018-03-13T15:00:00.000Z',
  });
}

export const screening = (indicators: string[], overrides: Body = {}) => ({
  screenedAt: '2018-03-13T18:00:00.000Z',
  indicators,
  notes: 'Talked with the youth at the shelter.',
  ...overrides,
});
