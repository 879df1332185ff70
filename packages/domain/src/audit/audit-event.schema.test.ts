import { auditActions, auditPeriod, auditQuerySchema } from './audit-event.schema';

test('empty filters mean no filter', () => {
  expect(auditQuerySchema.parse({ entityId: '', userId: '', reportId: '', action: '', from: '', to: '' })).toEqual({
    page: 1,
    pageSize: 50,
  });
});

test.each([
  [{ from: '2026-11-24', to: '2026-11-23' }, 'to'],
  [{ from: '2026-02-30' }, 'from'],
  [{ userId: 'someone' }, 'userId'],
  [{ reportId: 'not-a-report' }, 'reportId'],
  [{ reportId: "1' OR '1'='1" }, 'reportId'],
  [{ reportId: '2026-79-00042' }, 'reportId'],
  [{ reportNumber: '0b7c6f2e-5d7a-4c1e-9f3b-2a6d8e4c1f00' }, 'reportNumber'],
  [{ reportNumber: '2026-079-42' }, 'reportNumber'],
  [{ action: 'REPORT READ' }, 'action'],
  [{ action: 'report' }, 'action'],
  [{ pageSize: '500' }, 'pageSize'],
])('refuses %p naming %s', (query, field) => {
  const result = auditQuerySchema.safeParse(query);
  expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
});

test('one day: from = to', () => {
  expect(auditQuerySchema.parse({ from: '2026-11-23', to: '2026-11-23' })).toMatchObject({
    from: '2026-11-23',
    to: '2026-11-23',
  });
});

test.each([
  ['2026-11-23', '2026-11-23', '2026-11-23T06:00:00.000Z', '2026-11-24T06:00:00.000Z'], // CST: 23:59 on the 23rd is in
  ['2026-07-01', '2026-07-31', '2026-07-01T05:00:00.000Z', '2026-08-01T05:00:00.000Z'], // CDT
  ['2026-10-31', '2026-11-01', '2026-10-31T05:00:00.000Z', '2026-11-02T06:00:00.000Z'], // DST ends on the 1st
  ['2026-12-31', '2026-12-31', '2026-12-31T06:00:00.000Z', '2027-01-01T06:00:00.000Z'],
])('from %s to %s = [%s, %s)', (from, to, gte, lt) => {
  const period = auditPeriod(from, to);
  expect([period.gte?.toISOString(), period.lt?.toISOString()]).toEqual([gte, lt]);
});

test('an open end stays open', () => {
  expect(auditPeriod()).toEqual({});
  expect(Object.keys(auditPeriod('2026-11-23'))).toEqual(['gte']);
  expect(Object.keys(auditPeriod(undefined, '2026-11-23'))).toEqual(['lt']);
});

test('action and reportId filters', () => {
  const reportId = '0b7c6f2e-5d7a-4c1e-9f3b-2a6d8e4c1f00';
  expect(auditQuerySchema.parse({ action: 'access.denied', reportId })).toMatchObject({
    action: 'access.denied',
    reportId,
  });
  expect(auditQuerySchema.parse({ action: 'user.setup_link_created' })).toMatchObject({
    action: 'user.setup_link_created',
  });
});

test('a report is found by its id or by its number, in either filter', () => {
  expect(auditQuerySchema.parse({ reportId: ' 2026-079-00042 ' })).toMatchObject({ reportId: '2026-079-00042' });
  expect(auditQuerySchema.parse({ reportNumber: '2026-079-00042' })).toMatchObject({ reportNumber: '2026-079-00042' });
  expect(auditQuerySchema.parse({ reportNumber: '' })).toEqual({ page: 1, pageSize: 50 });
});

test('every known action passes the filter and has words', () => {
  for (const [action, words] of Object.entries(auditActions)) {
    expect(auditQuerySchema.safeParse({ action }).success).toBe(true);
    expect(words).toMatch(/^[A-Z][a-z]/);
  }
});
