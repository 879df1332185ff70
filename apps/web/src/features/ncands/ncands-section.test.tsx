import type { NcandsValidation } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { lastEndedFiscalYear, NcandsSection } from './ncands-section';

const mockedFetch = useFetchMock();

const checked: NcandsValidation = {
  fiscalYear: 2018,
  from: '2017-10-01',
  to: '2018-09-30',
  records: 2,
  flagged: [
    { reportNumber: '2018-025-00001', childId: 'c1', field: 'ChRacUD', problem: 'The child’s race is not documented' },
  ],
  problems: [],
};
const empty: NcandsValidation = {
  fiscalYear: 2016,
  from: '2015-10-01',
  to: '2016-09-30',
  records: 0,
  flagged: [],
  problems: ['No child had a disposition in fiscal year 2016 (2015-10-01 to 2016-09-30): there is nothing to send.'],
};

function serve() {
  mockedFetch().mockImplementation(async (input) => {
    const path = String(input);
    if (path === '/api/reports/ncands-child-file/validation?fiscalYear=2018') return jsonResponse(200, checked);
    if (path === '/api/reports/ncands-child-file/validation?fiscalYear=2016') return jsonResponse(200, empty);
    throw new Error(`unexpected request ${path}`);
  });
}

const yearBox = () => screen.getByRole('textbox', { name: /Federal fiscal year/ });

it('the last ended fiscal year: September ends one, October starts the next', () => {
  expect(lastEndedFiscalYear(new Date('2026-12-07T12:00:00Z'))).toBe(2026);
  expect(lastEndedFiscalYear(new Date('2026-09-30T12:00:00Z'))).toBe(2025);
  // 03:00 UTC on October 1 is still September 30 in Wisconsin.
  expect(lastEndedFiscalYear(new Date('2026-10-01T03:00:00Z'))).toBe(2025);
});

it('checks the year before offering the download, and lists what to review by report number', async () => {
  serve();
  const user = userEvent.setup();
  render(<NcandsSection />);
  expect(screen.queryByRole('link', { name: /Download the NCANDS/ })).not.toBeInTheDocument();
  expect(mockedFetch()).not.toHaveBeenCalled();
  await user.clear(yearBox());
  await user.type(yearBox(), '2018{Enter}');
  expect(await screen.findByText(/things? to review before sending/)).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'To review in fiscal year 2018' });
  expect(
    within(table).getByRole('row', { name: /2018-025-00001 Race \(ChRacUD\) The child’s race is not documented/ }),
  ).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Download the NCANDS Child File for 2018 (CSV)' })).toHaveAttribute(
    'href',
    '/api/reports/ncands-child-file.csv?fiscalYear=2018',
  );
});

it('an empty year says so and offers no file', async () => {
  serve();
  const user = userEvent.setup();
  render(<NcandsSection />);
  await user.clear(yearBox());
  await user.type(yearBox(), '2016{Enter}');
  expect(await screen.findByText(/No child had a disposition in fiscal year 2016/)).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /Download the NCANDS/ })).not.toBeInTheDocument();
});

it('a year that is not one is refused in words, without asking the server', async () => {
  serve();
  const user = userEvent.setup();
  render(<NcandsSection />);
  await user.clear(yearBox());
  await user.type(yearBox(), '18{Enter}');
  expect(
    screen.getByText('Federal fiscal year must be a year written with four digits, like 2018'),
  ).toBeInTheDocument();
  expect(yearBox()).toHaveAttribute('aria-invalid', 'true');
  expect(mockedFetch()).not.toHaveBeenCalled();
});
