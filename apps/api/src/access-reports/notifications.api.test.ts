import { child, createReport, draftBody, maltreater, stAllegation } from '../../test/report-bodies';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let worker: { Authorization: string };
beforeAll(async () => {
  ctx = await createTestApp();
  worker = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).auth;
});
afterAll(() => ctx.close());

const notifyPolice = (id: string, body: object) =>
  ctx.http().post(`/api/access-reports/${id}/law-enforcement-notifications`).set(worker).send(body);
const police = { agency: 'Milwaukee Police Department', method: 'PHONE', contactName: 'Sgt. On Duty' };

describe('LE-12H through HTTP', () => {
  it('received Friday 20:00 Chicago: due Monday 08:00; a call during intake makes it ON_TIME', async () => {
    // 2018-03-09 is a Friday; 20:00 CST = 02:00Z Saturday.
    const report = await createReport(ctx, worker, draftBody({ receivedAt: '2018-03-10T02:00:00.000Z' }));
    expect(report.computed.lawEnforcementDueAt).toBe('2018-03-12T13:00:00.000Z'); // Monday 08:00 CDT (DST began Sunday)
    const res = await notifyPolice(report.id, { ...police, notifiedAt: '2018-03-12T12:59:00.000Z' }).expect(201);
    expect(res.body.status).toBe('DRAFT');
    expect(res.body.version).toBe(2);
    expect(res.body.lawEnforcementNotifications).toEqual([
      expect.objectContaining({ agency: police.agency, method: 'PHONE', notifiedAt: '2018-03-12T12:59:00.000Z' }),
    ]);
    expect(res.body.computed.lawEnforcementStatus).toBe('ON_TIME');
  });

  it('LATE when the earliest call came after the due time', async () => {
    const report = await createReport(ctx, worker, draftBody({ receivedAt: '2018-03-10T02:00:00.000Z' }));
    const res = await notifyPolice(report.id, { ...police, notifiedAt: '2018-03-12T13:30:00.000Z' }).expect(201);
    expect(res.body.computed.lawEnforcementStatus).toBe('LATE');
  });

  it('a holiday added later moves the due time (the calendar is read with the clock)', async () => {
    const report = await createReport(ctx, worker, draftBody({ receivedAt: '2018-03-10T02:00:00.000Z' }));
    await ctx.prisma.holiday.create({ data: { date: new Date('2018-03-12T00:00:00.000Z'), name: 'Test holiday' } });
    try {
      const res = await ctx.http().get(`/api/access-reports/${report.id}`).set(worker).expect(200);
      expect(res.body.computed.lawEnforcementDueAt).toBe('2018-03-13T13:00:00.000Z'); // Tuesday 08:00
    } finally {
      await ctx.prisma.holiday.delete({ where: { date: new Date('2018-03-12T00:00:00.000Z') } });
    }
  });

  it('not required without sexual abuse or sex trafficking', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({
        allegations: [
          stAllegation({ maltreatmentType: 'NEGLECT', descriptors: [], maltreaterRelationship: 'PRIMARY_CAREGIVER' }),
        ],
        recommendation: null,
      }),
    );
    expect(report.computed).toMatchObject({ lawEnforcementStatus: 'NOT_REQUIRED', lawEnforcementDueAt: null });
  });
});

describe('notifications: input', () => {
  it('refuses a call before the report was received, or in the future (400 notifiedAt)', async () => {
    const report = await createReport(ctx, worker);
    const before = await notifyPolice(report.id, { ...police, notifiedAt: '2018-03-01T00:00:00.000Z' }).expect(400);
    expect(before.body.issues).toEqual([{ path: 'notifiedAt', message: expect.stringMatching(/received/) }]);
    await notifyPolice(report.id, { ...police, notifiedAt: new Date(Date.now() + 3600_000).toISOString() }).expect(400);
    const missing = await notifyPolice(report.id, { notifiedAt: '2018-03-07T00:00:00.000Z', method: 'FAX' }).expect(
      400,
    );
    expect(missing.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['agency', 'method']);
  });

  it('an Idempotency-Key records one notification', async () => {
    const report = await createReport(ctx, worker);
    for (let i = 0; i < 2; i++) {
      await ctx
        .http()
        .post(`/api/access-reports/${report.id}/law-enforcement-notifications`)
        .set(worker)
        .set('Idempotency-Key', `call-${report.id}`)
        .send({ ...police, notifiedAt: '2018-03-06T17:00:00.000Z' })
        .expect(201);
    }
    expect(await ctx.prisma.lawEnforcementNotification.count({ where: { reportId: report.id } })).toBe(1);
  });
});

describe('TRIBE-24H', () => {
  it("an Indian child starts the 24-hour tribal clock; the tribe's notification settles it", async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({
        persons: [child({ indianChild: 'YES', tribe: 'Menominee Indian Tribe of Wisconsin' }), maltreater()],
      }),
    );
    expect(report.computed).toMatchObject({
      tribalNotificationDueAt: '2018-03-07T16:00:00.000Z',
      tribalNotificationStatus: 'OVERDUE',
    });
    const res = await ctx
      .http()
      .post(`/api/access-reports/${report.id}/tribal-notifications`)
      .set(worker)
      .send({ notifiedAt: '2018-03-07T15:00:00.000Z', tribe: 'Menominee Indian Tribe of Wisconsin', method: 'EMAIL' })
      .expect(201);
    expect(res.body.computed.tribalNotificationStatus).toBe('ON_TIME');
    expect(res.body.tribalNotifications).toHaveLength(1);
  });

  it('UNKNOWN does not start it', async () => {
    const report = await createReport(
      ctx,
      worker,
      draftBody({ persons: [child({ indianChild: 'UNKNOWN' }), maltreater()] }),
    );
    expect(report.computed.tribalNotificationStatus).toBe('NOT_REQUIRED');
  });
});
