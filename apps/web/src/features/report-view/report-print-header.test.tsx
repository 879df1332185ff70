import { act, render, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { accessReport } from '../screening/test-reports';
import { PrintReportButton, ReportPrintHeader, usePrintLayout } from './report-print-header';

const mockedFetch = useFetchMock();

beforeEach(() =>
  mockedFetch().mockImplementation(async () =>
    jsonResponse(200, [{ code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' }]),
  ),
);

function facts(header: HTMLElement): Record<string, string> {
  const terms = within(header).getAllByRole('term');
  return Object.fromEntries(terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent ?? '']));
}

it('heads the printed report: number, county name, received in Chicago time, who took, has and decided it', async () => {
  const report = accessReport({
    status: 'SCREENED_IN',
    initialAssessmentWorker: { id: 'w2', name: 'Sam Ortiz' },
    screening: {
      recommendation: null,
      decision: {
        decision: 'SCREEN_IN',
        responseTime: 'SAME_DAY',
        screenOutReason: null,
        rationale: 'Alleged child sex trafficking.',
        duplicateOfReportId: null,
        decidedBy: { id: 's1', name: 'Morgan Lee' },
        decidedAt: '2018-03-02T05:00:00.000Z',
      },
    },
  });
  render(<ReportPrintHeader report={report} />);
  const header = screen.getByTestId('report-print-header');
  expect(header).toHaveClass('report-print-only');
  expect(header).toHaveTextContent('Child Protective Services — Access Report');
  await within(header).findByText('Milwaukee County');
  expect(facts(header)).toMatchObject({
    'Report number': '2018-079-00042',
    County: 'Milwaukee County',
    'Received (Chicago time)': 'Thu, Mar 1, 2018, 9:00 PM CST',
    'Taken by': 'Alex Rivera',
    'Initial assessment worker': 'Sam Ortiz',
    'Supervisor who decided': 'Morgan Lee',
    Status: 'Screened in',
    Printed: expect.stringMatching(/CS?T$|CDT$/),
  });
});

it('before a decision: who has the report, and that no supervisor has decided', async () => {
  render(<ReportPrintHeader report={accessReport({ status: 'AWAITING_SUPERVISOR' })} />);
  const header = screen.getByTestId('report-print-header');
  await within(header).findByText('Milwaukee County');
  expect(facts(header)).toMatchObject({
    'Assigned to': 'Alex Rivera',
    'Supervisor who decided': 'Not decided yet',
    Status: 'Awaiting supervisor decision',
  });
});

it('"Print report" opens the browser\'s print dialog', async () => {
  const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
  render(<PrintReportButton />);
  await userEvent.click(screen.getByRole('button', { name: 'Print report' }));
  expect(print).toHaveBeenCalledTimes(1);
  print.mockRestore();
});

it('applies the print layout while open, and records each print of the loaded report, never before', async () => {
  const { rerender, unmount } = renderHook(({ id }: { id: string | null }) => usePrintLayout(id), {
    initialProps: { id: null as string | null },
  });
  expect(document.body).toHaveClass('report-print');
  await act(async () => window.dispatchEvent(new Event('beforeprint')));
  expect(mockedFetch()).not.toHaveBeenCalled();

  mockedFetch().mockImplementation(async () => jsonResponse(204));
  rerender({ id: 'r1' });
  await act(async () => window.dispatchEvent(new Event('beforeprint')));
  expect(mockedFetch()).toHaveBeenCalledTimes(1);
  expect(requestOf(mockedFetch())).toMatchObject({ url: '/api/access-reports/r1/printed', init: { method: 'POST' } });

  mockedFetch().mockImplementation(async () => jsonResponse(503, { message: 'down' }));
  await act(async () => window.dispatchEvent(new Event('beforeprint'))); // a failed record is not the reader's problem
  expect(mockedFetch()).toHaveBeenCalledTimes(2);

  unmount();
  expect(document.body).not.toHaveClass('report-print');
  await act(async () => window.dispatchEvent(new Event('beforeprint')));
  expect(mockedFetch()).toHaveBeenCalledTimes(2);
});
