import type { IdentifierMatch } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { accessReport } from '../screening/test-reports';
import { HouseholdReport } from './household-report';
import { monthInWords, otherCountyText } from './household-words';

const mockedFetch = useFetchMock();

function server(matches: IdentifierMatch[] | [number, unknown]) {
  mockedFetch().mockImplementation(async (input) => {
    const url = String(input);
    if (url === '/api/reference/counties')
      return jsonResponse(200, [
        { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
        { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
      ]);
    if (url === '/api/access-reports/r1/identifier-matches')
      return Array.isArray(matches) && typeof matches[0] === 'number'
        ? jsonResponse(matches[0] as number, matches[1])
        : jsonResponse(200, matches);
    throw new Error(`unexpected request ${url}`);
  });
}

const report = accessReport({
  relationships: [{ fromKey: 'm1', toKey: 'c1', type: 'PARENT_OF' }],
  identifiers: [
    { key: 'i1', personKey: 'm1', kind: 'PHONE', value: '(414) 555-0199', platform: null, normalized: '4145550199' },
    { key: 'i2', personKey: null, kind: 'SOCIAL_HANDLE', value: '@big', platform: 'Instagram', normalized: 'big' },
  ],
});

it('words for months and other counties', () => {
  expect(monthInWords('2018-02')).toBe('February 2018');
  expect(otherCountyText({ countyCode: '55025', month: '2018-02', reports: 2 }, () => 'Dane County')).toBe(
    '2 reports in Dane County, February 2018: contact that agency',
  );
  expect(otherCountyText({ countyCode: '55025', month: '2018-03', reports: 1 }, () => 'Dane County')).toMatch(
    /^1 report in/,
  );
});

it('lists relationships and identifiers; own-county matches as links, other counties as counts', async () => {
  server([
    {
      identifierKey: 'i1',
      kind: 'PHONE',
      normalized: '4145550199',
      reports: [
        { id: 'r9', reportNumber: '2018-079-00009', receivedAt: '2018-02-10T16:00:00.000Z', status: 'SCREENED_IN' },
      ],
      otherCounties: [{ countyCode: '55025', month: '2018-02', reports: 2 }],
    },
    { identifierKey: 'i2', kind: 'SOCIAL_HANDLE', normalized: 'big', reports: [], otherCounties: [] },
  ]);
  render(
    <MemoryRouter>
      <HouseholdReport report={report} />
    </MemoryRouter>,
  );
  expect(screen.getByText(/is a parent of/)).toBeTruthy();
  const link = await screen.findByRole('link', { name: 'Report 2018-079-00009' });
  expect(link.getAttribute('href')).toBe('/reports/r9');
  expect(await screen.findByText('2 reports in Dane County, February 2018: contact that agency')).toBeTruthy();
  const table = screen.getByRole('table', { name: /Trafficker and buyer identifiers/ });
  expect(within(table).getByText('Social media handle (Instagram)')).toBeTruthy();
  expect(within(table).getByText('No other report names this.')).toBeTruthy();
  expect(within(table).getByText('Not tied to a person')).toBeTruthy();
});

it('says so when the look-up fails, and asks nothing without identifiers', async () => {
  server([500, { statusCode: 500, message: 'Server error' }]);
  const { unmount } = render(
    <MemoryRouter>
      <HouseholdReport report={report} />
    </MemoryRouter>,
  );
  expect((await screen.findByRole('alert')).textContent).toMatch(/could not be looked up/);
  unmount();
  mockedFetch().mockClear();
  render(
    <MemoryRouter>
      <HouseholdReport report={accessReport()} />
    </MemoryRouter>,
  );
  expect(screen.getByText('No relationships recorded.')).toBeTruthy();
  expect(screen.getByText('No identifiers recorded.')).toBeTruthy();
  expect(mockedFetch()).not.toHaveBeenCalled();
});
