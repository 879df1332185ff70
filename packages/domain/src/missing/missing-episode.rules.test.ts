import {
  type CheckedEpisode,
  createEpisodeIssues,
  episodeUpdateConflict,
  screeningOpensReport,
  updateEpisodeIssues,
} from './missing-episode.rules';
import { createMissingEpisodeSchema, updateMissingEpisodeSchema } from './missing-episode.schema';

const NOW = new Date('2018-03-12T18:00:00Z');
const LEARNED = '2018-03-10T20:00:00-06:00';

const create = (over: Record<string, unknown> = {}) =>
  createMissingEpisodeSchema.parse({
    personId: '00000000-0000-4000-8000-000000000001',
    countyCode: '55079',
    learnedAt: LEARNED,
    ...over,
  });

const episode = (over: Partial<CheckedEpisode> = {}): CheckedEpisode => ({
  version: 3,
  learnedAt: LEARNED,
  lastSeenAt: '2018-03-10T17:00:00-06:00',
  policeReportedAt: null,
  policeAgency: null,
  ncmecReportedAt: null,
  locatedAt: null,
  screenedAt: null,
  ...over,
});
const patch = (over: Record<string, unknown>) => updateMissingEpisodeSchema.parse({ version: 3, ...over });
const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('createEpisodeIssues', () => {
  test.each([
    ['learned now', {}, []],
    ['learned 4 minutes ahead (clock drift)', { learnedAt: '2018-03-12T18:04:00Z' }, []],
    ['learned in the future', { learnedAt: '2018-03-12T18:06:00Z' }, ['learnedAt']],
    ['last seen before learned', { lastSeenAt: '2018-03-10T19:00:00-06:00' }, []],
    ['last seen at learned', { lastSeenAt: LEARNED }, []],
    ['last seen after learned', { lastSeenAt: '2018-03-10T20:00:01-06:00' }, ['lastSeenAt']],
    [
      'a new child born in the future',
      { personId: undefined, person: { firstName: 'A', lastName: 'B', dateOfBirth: '2018-03-13' } },
      ['person.dateOfBirth'],
    ],
  ])('%s', (_case, over, expected) => {
    expect(paths(createEpisodeIssues(create(over), NOW))).toEqual(expected);
  });
});

describe('create schema: the child found by search or a new child, exactly one', () => {
  test.each([
    ['personId', { personId: '00000000-0000-4000-8000-000000000001' }, true],
    ['new person', { person: { firstName: 'Ana', lastName: 'Diaz' } }, true],
    ['neither', {}, false],
    ['both', { personId: '00000000-0000-4000-8000-000000000001', person: { firstName: 'A', lastName: 'B' } }, false],
    ['a new person without a last name', { person: { firstName: 'Ana', lastName: ' ' } }, false],
  ])('%s', (_case, who, ok) => {
    const result = createMissingEpisodeSchema.safeParse({ countyCode: '55079', learnedAt: LEARNED, ...who });
    expect(result.success).toBe(ok);
  });
});

describe('updateEpisodeIssues: times in order, none in the future', () => {
  test.each([
    ['police on time', {}, { policeReportedAt: '2018-03-10T22:00:00-06:00', policeAgency: 'Milwaukee PD' }, []],
    ['police at learned', {}, { policeReportedAt: LEARNED, policeAgency: 'Milwaukee PD' }, []],
    [
      'police before learned',
      {},
      { policeReportedAt: '2018-03-10T19:59:59-06:00', policeAgency: 'X' },
      ['policeReportedAt'],
    ],
    ['police without an agency', {}, { policeReportedAt: '2018-03-10T22:00:00-06:00' }, ['policeAgency']],
    ['agency stored earlier', { policeAgency: 'Milwaukee PD' }, { policeReportedAt: '2018-03-10T22:00:00-06:00' }, []],
    ['police in the future', {}, { policeReportedAt: '2018-03-13T00:00:00Z', policeAgency: 'X' }, ['policeReportedAt']],
    ['NCMEC before learned', {}, { ncmecReportedAt: '2018-03-10T19:00:00-06:00' }, ['ncmecReportedAt']],
    ['NCMEC after learned', {}, { ncmecReportedAt: '2018-03-11T08:00:00-06:00' }, []],
    ['located after last seen', {}, { locatedAt: '2018-03-11T08:00:00-06:00' }, []],
    // Located before the agency learned of it (found overnight) is allowed; before last seen is not.
    ['located before learned, after last seen', {}, { locatedAt: '2018-03-10T18:00:00-06:00' }, []],
    ['located before last seen', {}, { locatedAt: '2018-03-10T16:59:59-06:00' }, ['locatedAt']],
    ['located in the future', {}, { locatedAt: '2018-03-12T19:00:00Z' }, ['locatedAt']],
    [
      'last seen moved after located',
      { locatedAt: '2018-03-10T18:00:00-06:00' },
      { lastSeenAt: '2018-03-10T19:00:00-06:00' },
      ['locatedAt'],
    ],
    ['last seen after learned', {}, { lastSeenAt: '2018-03-10T21:00:00-06:00' }, ['lastSeenAt']],
    [
      'screened after located',
      { locatedAt: '2018-03-11T08:00:00-06:00' },
      { returnScreening: { screenedAt: '2018-03-11T09:00:00-06:00', indicators: [] } },
      [],
    ],
    [
      'screened before located',
      { locatedAt: '2018-03-11T08:00:00-06:00' },
      { returnScreening: { screenedAt: '2018-03-11T07:00:00-06:00', indicators: [] } },
      ['returnScreening.screenedAt'],
    ],
    [
      'located and screened together, in order',
      {},
      {
        locatedAt: '2018-03-11T08:00:00-06:00',
        returnScreening: { screenedAt: '2018-03-11T08:30:00-06:00', indicators: [] },
      },
      [],
    ],
    [
      'screened in the future',
      { locatedAt: '2018-03-11T08:00:00-06:00' },
      { returnScreening: { screenedAt: '2018-03-12T18:06:00Z', indicators: [] } },
      ['returnScreening.screenedAt'],
    ],
    [
      'clearing a report time',
      { policeReportedAt: '2018-03-10T22:00:00-06:00', policeAgency: 'X' },
      { policeReportedAt: null },
      [],
    ],
  ])('%s', (_case, stored, change, expected) => {
    expect(paths(updateEpisodeIssues(episode(stored), patch(change), NOW))).toEqual(expected);
  });
});

describe('episodeUpdateConflict (409)', () => {
  test('the version last read is current: no conflict', () => {
    expect(episodeUpdateConflict(episode(), patch({ ncmecCaseNumber: '1' }))).toBeNull();
  });
  test('a stale version', () => {
    expect(episodeUpdateConflict(episode({ version: 4 }), patch({}))).toMatch(/changed since you read it/);
  });
  test('a closed episode never changes', () => {
    const closed = episode({ locatedAt: '2018-03-11T08:00:00-06:00', screenedAt: '2018-03-11T09:00:00-06:00' });
    expect(episodeUpdateConflict(closed, patch({ ncmecCaseNumber: '1' }))).toMatch(/closed/);
  });
  test('a return screening before the child is located', () => {
    const change = patch({ returnScreening: { screenedAt: '2018-03-11T09:00:00-06:00', indicators: [] } });
    expect(episodeUpdateConflict(episode(), change)).toMatch(/not been located/);
  });
  test('a screening with the located time in the same change', () => {
    const change = patch({
      locatedAt: '2018-03-11T08:00:00-06:00',
      returnScreening: { screenedAt: '2018-03-11T09:00:00-06:00', indicators: [] },
    });
    expect(episodeUpdateConflict(episode(), change)).toBeNull();
  });
  test('a screening that clears the located time in the same change', () => {
    const change = patch({
      locatedAt: null,
      returnScreening: { screenedAt: '2018-03-11T09:00:00-06:00', indicators: [] },
    });
    expect(episodeUpdateConflict(episode({ locatedAt: '2018-03-11T08:00:00-06:00' }), change)).toMatch(
      /not been located/,
    );
  });
});

describe('RETURN-SCREEN', () => {
  test.each([
    [[], false],
    [['CHILD_REPORTS_SURVIVAL_SEX'], true],
    [['CHILD_SELF_REPORTS_TRAFFICKING', 'LAW_ENFORCEMENT_CONFIRMED'], true],
  ])('%j opens a report: %s', (indicators, opens) => {
    expect(screeningOpensReport({ indicators })).toBe(opens);
  });

  test('an indicator named twice is invalid input', () => {
    const twice = {
      version: 1,
      returnScreening: { screenedAt: LEARNED, indicators: ['LAW_ENFORCEMENT_CONFIRMED', 'LAW_ENFORCEMENT_CONFIRMED'] },
    };
    expect(updateMissingEpisodeSchema.safeParse(twice).success).toBe(false);
  });
});
