import type { MissingEpisode } from '@cps/domain';

/** An episode as the API answers, learned Saturday 2018-03-10 20:00 Chicago; overrides per test. */
export function episode(overrides: Partial<MissingEpisode> = {}): MissingEpisode {
  return {
    id: 'e1',
    version: 1,
    countyCode: '55079',
    personId: 'p1',
    person: { id: 'p1', firstName: 'Nadia', lastName: 'Test', dateOfBirth: '2003-09-14' },
    learnedAt: '2018-03-11T02:00:00.000Z',
    lastSeenAt: '2018-03-10T23:30:00.000Z',
    lastSeenLocation: 'Foster home',
    circumstances: 'Did not come home from school.',
    policeReportedAt: null,
    policeAgency: null,
    policeCaseNumber: null,
    ncicNumber: null,
    ncmecReportedAt: null,
    ncmecCaseNumber: null,
    locatedAt: null,
    returnScreening: null,
    status: 'MISSING',
    newReportId: null,
    newReportNumber: null,
    createdBy: { id: 'u1', name: 'Dana Worker' },
    createdAt: '2018-03-11T02:05:00.000Z',
    updatedAt: '2018-03-11T02:05:00.000Z',
    computed: {
      policeDueAt: '2018-03-11T10:00:00.000Z',
      policeStatus: 'PENDING',
      ncmecDueAt: '2018-03-12T02:00:00.000Z',
      ncmecStatus: 'PENDING',
    },
    ...overrides,
  };
}
