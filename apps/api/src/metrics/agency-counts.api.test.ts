import { missingClocks } from '@cps/domain';
import { Client } from 'pg';
import { createEpisode, episodeBody, patchEpisode, screening } from '../../test/episode-bodies';
import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { toReportDto } from '../access-reports/report.mapper';
import { ReportListRepository } from '../access-reports/report-list.repository';
import { AgencyCountsRepository } from './agency-counts.repository';
import type { AgencyCountsRow } from './agency-counts.statements';
import { agencyCountsStatement } from './agency-counts.statements';

// The agency counts of GET /api/metrics are SQL over report_compliance; the report pages show the
// domain's clocks. At every instant the counts must be the number of reports (episodes) whose page
// shows the clock OVERDUE, or an alert would fire for nothing or stay silent.

type Auth = { Authorization: string };
const A = '55015';
const B = '55079';

let ctx: TestContext;
let auth: { [county: string]: { worker: Auth; supervisor: Auth } };
beforeAll(async () => {
  ctx = await createTestApp();
  auth = {};
  for (const county of [A, B]) {
    auth[county] = {
      worker: (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: county })).auth,
      supervisor: (await signedIn(ctx, { role: 'SUPERVISOR', countyCode: county })).auth,
    };
  }
});
afterAll(() => ctx.close());

/** The value, or a clear failure where the test's own data is missing. */
function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

const post = (path: string, body: object, who: Auth) => ctx.http().post(path).set(who).send(body);
const recent = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();

async function screened(county: string, receivedAt: string, responseTime: string) {
  const { worker, supervisor } = must(auth[county], 'county');
  const recommendation = { decision: 'SCREEN_IN', responseTime, rationale: 'Meets the definition.' };
  const draft = await createReport(ctx, worker, draftBody({ countyCode: county, receivedAt, recommendation }));
  const submitted = (await post(`/api/access-reports/${draft.id}/submit`, { version: 1 }, worker).expect(200)).body;
  const decision = { version: submitted.version, ...recommendation };
  return (await post(`/api/access-reports/${draft.id}/screening-decision`, decision, supervisor).expect(200)).body;
}

/** What the report pages and episode pages show as of `now`, counted as the metrics count. */
async function fromThePages(now: Date): Promise<AgencyCountsRow[]> {
  const repository = ctx.app.get(AccessReportsRepository);
  const lists = ctx.app.get(ReportListRepository);
  const holidays = await repository.holidays();
  const rows = new Map<string | null, AgencyCountsRow>();
  const row = (county: string | null) => {
    const found = rows.get(county) ?? {
      county,
      le: 0,
      tribe: 0,
      response: 0,
      missingPolice: 0,
      missingNcmec: 0,
      missing: 0,
      awaitingScreen: 0,
    };
    rows.set(county, found);
    return found;
  };
  const add = (county: string, key: Exclude<keyof AgencyCountsRow, 'county'>, yes: boolean) => {
    if (!yes) return;
    row(county)[key] += 1;
    row(null)[key] += 1;
  };
  row(null);
  for (const county of [A, B]) {
    const filter = { countyCode: county, status: null, from: null, to: null };
    const { rows: reports } = await lists.list(filter, { offset: 0, limit: 100 });
    for (const report of reports) {
      const { computed } = toReportDto(report, { holidays, now });
      row(county);
      add(county, 'le', computed.lawEnforcementStatus === 'OVERDUE');
      add(county, 'tribe', computed.tribalNotificationStatus === 'OVERDUE');
      add(county, 'response', computed.responseStatus === 'OVERDUE');
    }
    const episodes = (
      await ctx
        .http()
        .get('/api/missing-episodes?pageSize=100')
        .set(auth[county]?.worker ?? {})
        .expect(200)
    ).body.items;
    for (const episode of episodes) {
      const clocks = missingClocks(episode, now);
      const status = episode.status; // as the page shows it: not a matter of time
      add(county, 'missingPolice', clocks.policeStatus === 'OVERDUE');
      add(county, 'missingNcmec', clocks.ncmecStatus === 'OVERDUE');
      add(county, 'missing', status === 'MISSING');
      add(county, 'awaitingScreen', status === 'LOCATED_AWAITING_SCREEN');
    }
  }
  return [...rows.values()];
}

/** The rows without the counties that have nothing to count, in a stable order. */
const shown = (rows: readonly AgencyCountsRow[]) =>
  rows
    .filter((r) => r.county === null || Object.entries(r).some(([k, v]) => k !== 'county' && v !== 0))
    .sort((a, b) => String(a.county).localeCompare(String(b.county)));

const police = { agency: 'Police', method: 'PHONE' };
const tribe = { tribe: 'Oneida Nation', method: 'PHONE' };

it('counts, at every instant, the clocks the report and episode pages show OVERDUE; discarded drafts never', async () => {
  await ctx.prisma.holiday.upsert({
    where: { date: new Date('2018-05-28') },
    update: {},
    create: { date: new Date('2018-05-28'), name: 'Memorial Day' },
  });
  const { worker } = must(auth[A], 'county');
  const make = (overrides: Record<string, unknown>, who = worker) =>
    createReport(ctx, who, draftBody({ countyCode: A, ...overrides }));
  const indian = [child({ indianChild: 'YES', tribe: 'Oneida Nation' }), maltreater()];
  const reports = [
    await make({ receivedAt: '2018-03-09T22:00:00.000Z' }), // Friday 16:00: LE due Monday
    await make({ receivedAt: '2018-03-10T18:00:00.000Z' }), // Saturday: notified late below
    await make({ receivedAt: '2018-03-06T16:00:00.000Z', persons: indian }), // LE and TRIBE, tribe told on time
    await make({ receivedAt: '2018-03-07T16:00:00.000Z', persons: indian }), // LE and TRIBE, nobody told
    await make({ receivedAt: null, persons: indian }), // not received: no due time, never overdue
    await make({
      receivedAt: '2018-03-06T16:00:00.000Z',
      allegations: [stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [] })],
    }), // no LE-12H
    await screened(A, '2018-05-23T15:00:00.000Z', 'WITHIN_5_BUSINESS_DAYS'), // Memorial Day inside, child never seen
    await screened(A, '2018-03-10T04:30:00.000Z', 'SAME_DAY'), // seen on time
    await screened(B, '2018-03-09T18:00:00.000Z', 'WITHIN_48_HOURS'), // across the spring change, never seen
  ];
  const discarded = await make({ receivedAt: '2018-03-08T16:00:00.000Z', persons: indian });
  const { supervisor } = must(auth[A], 'county');
  await post(`/api/access-reports/${discarded.id}/discard`, { version: 1, reason: 'Entered twice' }, supervisor).expect(
    200,
  );
  const notify = (id: string, path: string, body: object, who = worker) =>
    post(`/api/access-reports/${id}/${path}`, body, who).expect(201);
  const at = (i: number) => must(reports[i], `report ${i}`);
  await notify(at(1).id, 'law-enforcement-notifications', { ...police, notifiedAt: '2018-03-14T17:00:00.000Z' });
  await notify(at(2).id, 'tribal-notifications', { ...tribe, notifiedAt: '2018-03-06T20:00:00.000Z' });
  const seen = at(7).persons.find((p: { key: string }) => p.key === 'c1').personId;
  await notify(at(7).id, 'contacts', {
    personId: seen,
    kind: 'CHILD_SEEN',
    outcome: 'COMPLETED',
    at: '2018-03-10T05:30:00.000Z',
  });

  const episodes = [
    await createEpisode(ctx, worker, episodeBody({ countyCode: A })), // neither report
    await createEpisode(
      ctx,
      must(auth[B]?.worker, 'county B'),
      episodeBody({ countyCode: B, learnedAt: '2018-04-02T14:00:00.000Z' }),
    ),
  ];
  const first = must(episodes[0], 'episode');
  const reported = await patchEpisode(ctx, worker, first.id, {
    version: first.version,
    policeReportedAt: '2018-03-11T12:00:00.000Z', // late; NCMEC never
    policeAgency: 'Police',
    locatedAt: '2018-03-13T15:00:00.000Z',
  });
  const closed = await createEpisode(
    ctx,
    worker,
    episodeBody({ countyCode: A, learnedAt: '2018-06-01T14:00:00.000Z' }),
  );
  await patchEpisode(ctx, worker, closed.id, {
    version: closed.version,
    locatedAt: '2018-06-01T18:00:00.000Z',
    returnScreening: screening([], { screenedAt: '2018-06-01T19:00:00.000Z' }),
  }); // closed with neither report: both clocks stay OVERDUE on its page
  expect(reported.status).toBe('LOCATED_AWAITING_SCREEN');

  const counts = ctx.app.get(AgencyCountsRepository);
  const dues = [...reports, discarded].flatMap((r) => [
    r.computed.lawEnforcementDueAt,
    r.computed.tribalNotificationDueAt,
    r.computed.responseDueAt,
  ]);
  const episodeDues = [...episodes, closed].flatMap((e) => [e.computed.policeDueAt, e.computed.ncmecDueAt]);
  const instants = [
    new Date('2018-01-01T00:00:00.000Z'),
    new Date(),
    ...[...dues, ...episodeDues]
      .filter((d): d is string => typeof d === 'string')
      .flatMap((d) => [-1, 0, 1].map((ms) => new Date(Date.parse(d) + ms))),
  ];
  let overdue = 0;
  for (const now of instants) {
    const expected = shown(await fromThePages(now));
    expect({ now, rows: shown(await counts.counts(now)) }).toEqual({ now, rows: expected });
    overdue += expected[0]?.le ?? 0;
  }
  expect(overdue).toBeGreaterThan(0);
  // As of today: LE-12H overdue on every received report with a sex trafficking allegation but the
  // one notified late (the discarded draft never counts); TRIBE-24H on the one nobody told;
  // RESPONSE-TIME on the two screened in whose child was never seen. The episodes: the police
  // report missing on two (one closed), NCMEC on all three; one missing, one located.
  const [today] = await counts.counts(new Date());
  expect(today).toEqual({
    county: null,
    le: 6,
    tribe: 1,
    response: 2,
    missingPolice: 2,
    missingNcmec: 3,
    missing: 1,
    awaitingScreen: 1,
  });
});

/** One sample of the metrics text; 0 when the series is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

it('GET /api/metrics: a clock overdue counts at once, a recent one not yet, and a done one no more', async () => {
  const county = '55025';
  const { auth: worker } = await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: county });
  const scrape = async () => {
    const text = (await ctx.http().get('/api/metrics').expect(200)).text;
    return {
      le: sample(text, 'cps_clocks_overdue{clock="LE-12H"}'),
      county: sample(text, `cps_county_clocks_overdue{clock="LE-12H",county="${county}"}`),
      missing: sample(text, `cps_county_missing_episodes_open{status="MISSING",county="${county}"}`),
      police: sample(text, `cps_county_clocks_overdue{clock="MISSING-LE-8H",county="${county}"}`),
    };
  };
  const before = await scrape();
  expect(before.county).toBe(0);
  await createReport(ctx, worker, draftBody({ countyCode: county, receivedAt: recent(1) })); // due hours from now
  expect(await scrape()).toEqual(before);
  const late = await createReport(ctx, worker, draftBody({ countyCode: county, receivedAt: recent(24 * 8) }));
  expect(late.computed.lawEnforcementStatus).toBe('OVERDUE');
  expect(await scrape()).toEqual({ ...before, le: before.le + 1, county: 1 });
  await post(
    `/api/access-reports/${late.id}/law-enforcement-notifications`,
    { ...police, notifiedAt: recent(0) },
    worker,
  ).expect(201);
  expect(await scrape()).toEqual(before);
  await createEpisode(ctx, worker, episodeBody({ countyCode: county, learnedAt: recent(9) }));
  expect(await scrape()).toEqual({ ...before, missing: 1, police: 1 });
});

it('reads the open clocks through their partial indexes, whatever the age of the reports', async () => {
  const client = new Client({ connectionString: ctx.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const statement = agencyCountsStatement(new Date());
    const plan = await client.query({ text: `EXPLAIN ${statement.text}`, values: statement.values });
    const text = plan.rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('report_compliance_open_clocks_idx');
    expect(text).toContain('missing_episodes_open_clocks_idx');
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
});
