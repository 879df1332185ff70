import crypto from 'node:crypto';
import { createTestApp, signedIn, type TestContext } from '../../test/test-app';
import { PrismaService } from '../common/prisma.service';
import { one, run, sql } from '../common/sql';
import { auditInsertFor, writeAudit } from './audit.writer';

// The one writer of the trail: alone on the pool, inside a transaction (kept or rolled back with
// it), and as a piece of a statement that writes one event per row of a change.

let ctx: TestContext;
let userId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  userId = (await signedIn(ctx, { role: 'ACCESS_WORKER', countyCode: '55079' })).user.id;
});
afterAll(() => ctx.close());

const eventsOf = (action: string) => ctx.prisma.auditEvent.findMany({ where: { action }, orderBy: { id: 'asc' } });

it('writes every field of an event on the pool', async () => {
  const reportId = crypto.randomUUID();
  const at = new Date('2026-03-10T15:00:00.123Z');
  await writeAudit(ctx.app.get(PrismaService).pool, {
    at,
    userId,
    action: 'test.written',
    entityType: 'AccessReport',
    entityId: reportId,
    reportId,
    ip: '203.0.113.7',
    details: { route: '/api/x', total: 2, nested: { ok: true } },
  });
  expect(await eventsOf('test.written')).toEqual([
    expect.objectContaining({
      at,
      userId,
      entityType: 'AccessReport',
      entityId: reportId,
      reportId,
      ip: '203.0.113.7',
      details: { route: '/api/x', total: 2, nested: { ok: true } },
    }),
  ]);
});

it('leaves out what is not given, and stamps the event now', async () => {
  const before = Date.now();
  await writeAudit(ctx.app.get(PrismaService).pool, { action: 'test.bare' });
  const [event] = await eventsOf('test.bare');
  expect(event).toMatchObject({
    userId: null,
    entityType: null,
    entityId: null,
    reportId: null,
    ip: null,
    details: null,
  });
  expect(event?.at.getTime()).toBeGreaterThanOrEqual(before - 1);
  expect(event?.at.getTime()).toBeLessThanOrEqual(Date.now());
});

it('inside a transaction, commits or rolls back with it', async () => {
  await ctx.prisma.$transaction((tx) => writeAudit(tx, { action: 'test.committed' }));
  await expect(
    ctx.prisma.$transaction(async (tx) => {
      await writeAudit(tx, { action: 'test.rolled_back' });
      throw new Error('the change failed');
    }),
  ).rejects.toThrow('the change failed');
  expect(await eventsOf('test.committed')).toHaveLength(1);
  expect(await eventsOf('test.rolled_back')).toHaveLength(0);
});

it('as a piece of a statement, writes one event per row of the change and none without one', async () => {
  const pool = ctx.app.get(PrismaService).pool;
  const moved = (rows: number) => sql`
    WITH moved AS (SELECT g FROM generate_series(1, ${rows}::int) AS g),
    audit AS (${auditInsertFor({ action: 'test.moved', userId }, 'moved')})
    SELECT count(*)::int AS n FROM moved`;
  expect(await one(run<{ n: number }>(pool, 'test-moved', moved(0)))).toEqual({ n: 0 });
  expect(await eventsOf('test.moved')).toHaveLength(0);
  await one(run(pool, 'test-moved', moved(2)));
  expect(await eventsOf('test.moved')).toHaveLength(2);
});
