import { draftSchema } from '../reports/access-report.schema';
import { draftIssues } from '../reports/draft-checks';
import { returnScreenDraft } from './return-screen';

const episode = {
  countyCode: '55079',
  personId: '0b7c6f2e-5d7a-4c1e-9f3b-2a6d8e4c1f00',
  learnedAt: '2018-03-11T02:00:00.000Z', // Saturday 2018-03-10 20:00 in Chicago
  locatedAt: '2018-03-13T15:00:00.000Z',
};
const screening = {
  screenedAt: '2018-03-13T18:00:00.000Z',
  indicators: ['CHILD_REPORTS_SURVIVAL_SEX', 'LAW_ENFORCEMENT_CONFIRMED'] as const,
  notes: '  Talked with the youth at the shelter.  ',
};

describe('returnScreenDraft (RETURN-SCREEN)', () => {
  const draft = draftSchema.parse(
    returnScreenDraft(episode, { ...screening, indicators: [...screening.indicators] }, { name: 'Sam Screener' }),
  );

  test('a valid draft of the episode county, the child linked by id, each indicator recorded for the child', () => {
    expect(draftIssues(draft, new Date('2018-03-14T00:00:00Z'))).toEqual([]);
    expect(draft).toMatchObject({
      countyCode: '55079',
      receivedAt: '2018-03-13T18:00:00.000Z',
      reporter: { type: 'SOCIAL_SERVICES', name: 'Sam Screener', anonymous: false },
      persons: [{ key: 'c1', personId: episode.personId, roles: ['CHILD'] }],
      indicators: [
        { childKey: 'c1', code: 'CHILD_REPORTS_SURVIVAL_SEX' },
        { childKey: 'c1', code: 'LAW_ENFORCEMENT_CONFIRMED' },
      ],
      allegations: [],
    });
  });

  test('the narrative says where it came from, with Chicago dates, the indicators in words and the notes', () => {
    expect(draft.narrative).toBe(
      'Opened from the return screening of the missing-from-care episode (missing since 2018-03-10, located 2018-03-13), ' +
        'screened 2018-03-13. Trafficking indicators found: Child reports sex in exchange for shelter, food, drugs, alcohol ' +
        'or money (survival sex); Law enforcement confirmed trafficking.\n\nScreening notes: Talked with the youth at the shelter.',
    );
  });

  test('no notes: no notes line', () => {
    const plain = returnScreenDraft(
      episode,
      { ...screening, indicators: ['LAW_ENFORCEMENT_CONFIRMED'], notes: null },
      { name: 'X' },
    );
    expect(plain.narrative).not.toMatch(/Screening notes/);
  });
});
