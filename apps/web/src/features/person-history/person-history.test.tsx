import type { County, PersonHistory as History } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { jsonResponse, useFetchMock } from '../../test/fetch-mock';
import { PersonHistory } from './person-history';

const mockedFetch = useFetchMock();
const PERSON = '11111111-1111-4111-8111-111111111111';

const counties: County[] = [
  { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
  { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
];
const history: History = [
  {
    countyCode: '55079',
    receivedAt: '2018-03-06T16:00:00.000Z',
    status: 'SCREENED_IN',
    decision: 'SCREEN_IN',
    reportId: 'r-own',
    reportNumber: '2018-079-00012',
    roles: ['CHILD'],
    allegations: [{ maltreatmentType: 'SEXUAL_ABUSE', descriptors: ['SEX_TRAFFICKING'], finding: 'SUBSTANTIATED' }],
  },
  { countyCode: '55025', receivedAt: '2018-02-14T03:00:00.000Z', status: 'SCREENED_OUT', decision: 'SCREEN_OUT' },
];

function serve(answer: [number, unknown] | (() => Promise<Response>)) {
  mockedFetch().mockImplementation(async (input) => {
    const path = String(input);
    if (path === '/api/reference/counties') return jsonResponse(200, counties);
    if (path === `/api/persons/${PERSON}/history`)
      return typeof answer === 'function' ? answer() : jsonResponse(...answer);
    throw new Error(`unexpected request ${path}`);
  });
}

function renderHistory(currentReportId?: string) {
  render(
    <MemoryRouter>
      <PersonHistory personId={PERSON} name="Maya Thompson" currentReportId={currentReportId} />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

const historyCalls = () => mockedFetch().mock.calls.filter(([input]) => String(input).endsWith('/history'));

it('reads the history only when opened, then shows own reports in full and others as whom to call', async () => {
  serve([200, history]);
  const user = renderHistory();
  const toggle = screen.getByRole('button', { name: 'Show prior reports of Maya Thompson' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(historyCalls()).toHaveLength(0);

  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const region = screen.getByRole('region', { name: 'Prior reports of Maya Thompson' });
  const items = await within(region).findAllByRole('listitem');
  const [own, other] = items.filter((li) => li.parentElement?.parentElement === region);
  expect(own).toHaveTextContent('Report 2018-079-00012 · received Mar 6, 2018 · Screened in (decision: screen in)');
  expect(own).toHaveTextContent('Named as: Child');
  expect(own).toHaveTextContent('Sexual abuse, Sex trafficking: finding substantiated');
  expect(within(own as HTMLElement).getByRole('link', { name: 'Report 2018-079-00012' })).toHaveAttribute(
    'href',
    '/reports/r-own',
  );
  // Received 9 PM on Feb 13 in Chicago: the Chicago date, not the UTC one.
  expect(other).toHaveTextContent('Dane County · received Feb 13, 2018 · Screened out (decision: screen out)');
  expect(other).toHaveTextContent('Contact Dane County for details.');
  expect(within(other as HTMLElement).queryByRole('link')).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Hide prior reports of Maya Thompson' }));
  expect(screen.queryByRole('region')).not.toBeInTheDocument();
  expect(historyCalls()).toHaveLength(1);
});

it('says so when there are no earlier reports, the report being read not counting as one', async () => {
  serve([200, [history[0]]]);
  const user = renderHistory('r-own');
  await user.click(screen.getByRole('button', { name: /Show prior reports/ }));
  expect(await screen.findByText('No earlier reports.')).toBeInTheDocument();
});

it('shows loading, then an error that names what failed', async () => {
  let fail: (r: Response) => void = () => undefined;
  serve(() => new Promise<Response>((resolve) => (fail = resolve)));
  const user = renderHistory();
  await user.click(screen.getByRole('button', { name: /Show prior reports/ }));
  expect(await screen.findByRole('status')).toHaveTextContent('Loading prior reports…');
  fail(jsonResponse(503, { statusCode: 503, error: 'Service Unavailable', message: 'The database is unreachable.' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Prior reports could not be loaded: The database is unreachable.',
  );
});
