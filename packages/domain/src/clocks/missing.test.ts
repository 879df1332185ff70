import { episodeStatus, missingClocks, missingNcmecDueAt, missingPoliceDueAt } from './missing';

const iso = (s: string) => new Date(s).toISOString();

describe('MISSING-LE-8H and MISSING-NCMEC-24H due times: elapsed hours from learnedAt', () => {
  test.each([
    // [case, learnedAt, police due (8 h), NCMEC due (24 h)]
    ['an ordinary weekday', '2018-03-02T09:00:00-06:00', '2018-03-02T17:00:00-06:00', '2018-03-03T09:00:00-06:00'],
    [
      'late in the evening, into the next day',
      '2018-03-02T20:30:00-06:00',
      '2018-03-03T04:30:00-06:00',
      '2018-03-03T20:30:00-06:00',
    ],
    // Weekends and holidays do not stop these clocks (unlike LE-12H).
    [
      'a Friday evening runs through Saturday',
      '2018-03-02T22:00:00-06:00',
      '2018-03-03T06:00:00-06:00',
      '2018-03-03T22:00:00-06:00',
    ],
    ['New Year’s Day', '2018-01-01T03:00:00-06:00', '2018-01-01T11:00:00-06:00', '2018-01-02T03:00:00-06:00'],
    // Spring forward (2018-03-11 02:00 CST → 03:00 CDT): the same elapsed hours end an hour later on the wall.
    ['across spring forward', '2018-03-10T20:00:00-06:00', '2018-03-11T05:00:00-05:00', '2018-03-11T21:00:00-05:00'],
    [
      'in the skipped hour’s night',
      '2018-03-11T01:30:00-06:00',
      '2018-03-11T10:30:00-05:00',
      '2018-03-12T02:30:00-05:00',
    ],
    // Fall back (2018-11-04 02:00 CDT → 01:00 CST): an hour earlier on the wall.
    ['across fall back', '2018-11-03T20:00:00-05:00', '2018-11-04T03:00:00-06:00', '2018-11-04T19:00:00-06:00'],
    [
      'in the repeated hour (first 01:30)',
      '2018-11-04T01:30:00-05:00',
      '2018-11-04T08:30:00-06:00',
      '2018-11-05T00:30:00-06:00',
    ],
    [
      'in the repeated hour (second 01:30)',
      '2018-11-04T01:30:00-06:00',
      '2018-11-04T09:30:00-06:00',
      '2018-11-05T01:30:00-06:00',
    ],
    ['milliseconds kept', '2018-06-15T12:00:00.123Z', '2018-06-15T20:00:00.123Z', '2018-06-16T12:00:00.123Z'],
  ])('%s', (_case, learned, police, ncmec) => {
    expect(missingPoliceDueAt(new Date(learned)).toISOString()).toBe(iso(police));
    expect(missingNcmecDueAt(learned).toISOString()).toBe(iso(ncmec));
    // Exactly 8 and 24 hours of real time, whatever the wall clock does.
    expect(new Date(police).getTime() - new Date(learned).getTime()).toBe(8 * 3_600_000);
    expect(new Date(ncmec).getTime() - new Date(learned).getTime()).toBe(24 * 3_600_000);
  });
});

describe('missingClocks statuses', () => {
  const learnedAt = '2018-03-10T20:00:00-06:00'; // police due 2018-03-11T10:00Z, NCMEC due 2018-03-12T02:00Z
  test.each([
    // [case, policeReportedAt, ncmecReportedAt, now, police status, NCMEC status]
    ['nothing reported, just learned', null, null, '2018-03-10T20:00:00-06:00', 'PENDING', 'PENDING'],
    ['nothing reported, at the police due time', null, null, '2018-03-11T10:00:00Z', 'PENDING', 'PENDING'],
    ['nothing reported, a second after it', null, null, '2018-03-11T10:00:01Z', 'OVERDUE', 'PENDING'],
    ['nothing reported, at the NCMEC due time', null, null, '2018-03-12T02:00:00Z', 'OVERDUE', 'PENDING'],
    ['nothing reported, after both', null, null, '2018-03-12T02:00:01Z', 'OVERDUE', 'OVERDUE'],
    [
      'police at its due time, NCMEC not yet',
      '2018-03-11T10:00:00Z',
      null,
      '2018-03-11T12:00:00Z',
      'ON_TIME',
      'PENDING',
    ],
    ['police a second late', '2018-03-11T10:00:01Z', null, '2018-03-11T12:00:00Z', 'LATE', 'PENDING'],
    ['both on time', '2018-03-11T03:00:00Z', '2018-03-11T04:00:00Z', '2018-03-20T00:00:00Z', 'ON_TIME', 'ON_TIME'],
    [
      'NCMEC at its due time',
      '2018-03-11T03:00:00Z',
      '2018-03-12T02:00:00Z',
      '2018-03-20T00:00:00Z',
      'ON_TIME',
      'ON_TIME',
    ],
    ['NCMEC late, police late', '2018-03-11T11:00:00Z', '2018-03-12T02:00:01Z', '2018-03-20T00:00:00Z', 'LATE', 'LATE'],
    // A late report is LATE even when read before the due time (a "now" in the past).
    ['late report read early', '2018-03-11T11:00:00Z', null, '2018-03-11T00:00:00Z', 'LATE', 'PENDING'],
  ])('%s', (_case, police, ncmec, now, policeStatus, ncmecStatus) => {
    const clocks = missingClocks({ learnedAt, policeReportedAt: police, ncmecReportedAt: ncmec }, new Date(now));
    expect(clocks).toEqual({
      policeDueAt: '2018-03-11T10:00:00.000Z',
      policeStatus,
      ncmecDueAt: '2018-03-12T02:00:00.000Z',
      ncmecStatus,
    });
  });

  test('never NOT_REQUIRED: every episode needs both reports', () => {
    const clocks = missingClocks({ learnedAt: new Date('2018-01-01T00:00:00Z') }, new Date('2030-01-01T00:00:00Z'));
    expect([clocks.policeStatus, clocks.ncmecStatus]).toEqual(['OVERDUE', 'OVERDUE']);
  });
});

describe('episodeStatus', () => {
  test.each([
    ['neither located nor screened', {}, 'MISSING'],
    ['nulls', { locatedAt: null, screenedAt: null }, 'MISSING'],
    ['located', { locatedAt: '2018-03-12T10:00:00Z' }, 'LOCATED_AWAITING_SCREEN'],
    ['located and screened', { locatedAt: '2018-03-12T10:00:00Z', screenedAt: '2018-03-12T11:00:00Z' }, 'CLOSED'],
    ['screened (a Date)', { locatedAt: new Date(), screenedAt: new Date() }, 'CLOSED'],
  ] as const)('%s → %s', (_case, episode, status) => {
    expect(episodeStatus(episode)).toBe(status);
  });
});
