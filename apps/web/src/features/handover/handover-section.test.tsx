import type { User } from '@cps/domain';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { installDialogPolyfill, serverAnswers } from '../admin/testing/admin-test-kit';
import { accessReport, supervisor } from '../screening/test-reports';
import { DiscardedNotice, HandoverSection } from './handover-section';

beforeAll(installDialogPolyfill);
const mockedFetch = useFetchMock();

const worker: User = { ...supervisor, id: 'u1', name: 'Alex Rivera', role: 'ACCESS_WORKER' };
const otherWorker: User = { ...worker, id: 'u7', name: 'Pat Other' };
const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

it('offers a draft’s creator Hand on and Discard; a supervisor also Transfer; another worker nothing', () => {
  const draft = accessReport({ status: 'DRAFT', createdBy: { id: 'u1', name: 'Alex Rivera' } });
  const { rerender } = render(<HandoverSection report={draft} user={worker} onChanged={jest.fn()} />);
  expect(screen.getByTestId('assigned-to')).toHaveTextContent('Alex Rivera');
  expect(buttons()).toEqual(['Hand on to a colleague', 'Discard draft']);
  rerender(<HandoverSection report={draft} user={supervisor} onChanged={jest.fn()} />);
  expect(buttons()).toEqual(['Hand on to a colleague', 'Transfer to another county', 'Discard draft']);
  rerender(<HandoverSection report={draft} user={otherWorker} onChanged={jest.fn()} />);
  expect(buttons()).toEqual([]);
});

it('after screen-in: the initial assessment worker, and only a supervisor assigns one', () => {
  const screened = accessReport({ status: 'SCREENED_IN' });
  const { rerender } = render(<HandoverSection report={screened} user={supervisor} onChanged={jest.fn()} />);
  expect(screen.getByTestId('initial-assessment-worker')).toHaveTextContent('Not assigned yet');
  expect(buttons()).toEqual(['Assign initial assessment worker']);
  rerender(<HandoverSection report={screened} user={worker} onChanged={jest.fn()} />);
  expect(buttons()).toEqual([]);
});

it('a report transferred in: nobody assigned, and where it came from, by whom and why, with county names', async () => {
  serverAnswers(mockedFetch(), {
    'GET /api/reference/counties': [
      200,
      [
        { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
        { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
      ],
    ],
  });
  const moved = accessReport({
    status: 'AWAITING_SUPERVISOR',
    countyCode: '55025',
    assignedTo: null,
    transfers: [
      {
        fromCountyCode: '55079',
        toCountyCode: '55025',
        reason: 'The child lives in Madison',
        transferredBy: { id: 's1', name: 'Morgan Lee' },
        transferredAt: '2018-03-02T15:00:00.000Z',
      },
    ],
  });
  render(<HandoverSection report={moved} user={supervisor} onChanged={jest.fn()} />);
  expect(screen.getByTestId('assigned-to')).toHaveTextContent('Nobody — transferred in');
  const transfers = screen.getByRole('list', { name: 'Transfers' });
  expect(
    await within(transfers).findByText(
      /^Transferred from Milwaukee County to Dane County by Morgan Lee on .*: The child lives in Madison$/,
    ),
  ).toBeInTheDocument();
  // Awaiting the decision: it may still move, but is not handed on.
  expect(buttons()).toEqual(['Transfer to another county']);
});

it('opens the discard dialog, and Escape (cancel) closes it with focus back on the button', async () => {
  const draft = accessReport({ status: 'DRAFT', allegations: [] });
  render(<HandoverSection report={draft} user={worker} onChanged={jest.fn()} />);
  const user = userEvent.setup();
  const open = screen.getByRole('button', { name: 'Discard draft' });
  await user.click(open);
  const dialog = screen.getByRole('dialog', { name: 'Discard this draft?' });
  act(() => {
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
  });
  expect(await screen.findByRole('button', { name: 'Discard draft' })).toHaveFocus();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

it('says why, by whom and when a draft was discarded', () => {
  render(
    <DiscardedNotice
      report={accessReport({
        status: 'DISCARDED',
        discarded: {
          reason: 'Opened by mistake',
          discardedBy: { id: 'u1', name: 'Alex Rivera' },
          discardedAt: '2018-03-02T15:00:00.000Z',
        },
      })}
    />,
  );
  expect(screen.getByRole('status')).toHaveTextContent(
    /^This draft was discarded by Alex Rivera on .*: Opened by mistake\. It is kept, read-only, and never counted\.$/,
  );
});
