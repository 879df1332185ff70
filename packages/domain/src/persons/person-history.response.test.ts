import { reportStatuses } from '../codes/code-lists';
import { HISTORY_STATUSES, historyEntrySchema } from './person-history.response';

it('lists every report status but a draft', () => {
  expect(reportStatuses.filter((s) => !(HISTORY_STATUSES as readonly string[]).includes(s))).toEqual([
    'DRAFT',
    'DISCARDED',
  ]);
  expect(
    historyEntrySchema.safeParse({ countyCode: '55079', receivedAt: null, status: 'DRAFT', decision: null }).success,
  ).toBe(false);
});

it("takes another county's entry with the shared fields alone", () => {
  const shared = {
    countyCode: '55025',
    receivedAt: '2018-02-13T16:00:00.000Z',
    status: 'SCREENED_OUT',
    decision: 'SCREEN_OUT',
  };
  expect(historyEntrySchema.parse(shared)).toEqual(shared);
});
