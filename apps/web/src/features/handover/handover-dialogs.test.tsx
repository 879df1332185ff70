import type { AccessReport, Colleague, User } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { installDialogPolyfill, requests, serverAnswers } from '../admin/testing/admin-test-kit';
import { DiscardDialog } from './discard-dialog';
import { HandOnDialog } from './hand-on-dialog';
import type { HandoverTarget } from './handover-target';
import { TransferDialog } from './transfer-dialog';

beforeAll(installDialogPolyfill);
const mockedFetch = useFetchMock();

const worker: User = {
  id: 'u1',
  email: 'ana@county.example',
  name: 'Ana Ruiz',
  role: 'ACCESS_WORKER',
  countyCode: '55079',
  active: true,
  sexTraffickingTrainingCompletedOn: null,
};
const supervisor: User = { ...worker, id: 's1', name: 'Sue Visor', role: 'SUPERVISOR' };
const colleagues: Colleague[] = [
  { id: 'u1', name: 'Ana Ruiz', role: 'ACCESS_WORKER', sexTraffickingTrainingCompletedOn: null },
  { id: 'u2', name: 'Sam Lee', role: 'ACCESS_WORKER', sexTraffickingTrainingCompletedOn: '2018-01-15' },
  { id: 'u3', name: 'Una Newhire', role: 'ACCESS_WORKER', sexTraffickingTrainingCompletedOn: null },
];
const target = (overrides: Partial<HandoverTarget> = {}): HandoverTarget => ({
  id: 'r1',
  version: async () => 4,
  holderId: 'u1',
  sexTrafficking: true,
  recordsAllegation: true,
  countyCode: '55079',
  ...overrides,
});
const answered = { id: 'r1', status: 'DRAFT', version: 5 } as AccessReport;

describe('HandOnDialog', () => {
  it('lists the colleagues but the holder, marks the trained, warns by TRAINING, and hands on with the version', async () => {
    serverAnswers(mockedFetch(), {
      'GET /api/reference/colleagues': [200, colleagues],
      'POST /api/access-reports/r1/assignment': [200, answered],
    });
    const onDone = jest.fn();
    render(<HandOnDialog target={target()} kind="ASSIGNEE" onDone={onDone} onCancel={jest.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Hand on to a colleague' });
    const select = await within(dialog).findByRole('combobox', { name: 'Colleague' });
    expect(select).toHaveFocus();
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      '- Choose a colleague -',
      expect.stringMatching(/^Sam Lee, access worker — trained /),
      'Una Newhire, access worker — no training recorded',
    ]);
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Hand on' }));
    expect(within(dialog).getByText('Choose the colleague who takes the report')).toBeInTheDocument();
    expect(mockedFetch()).toHaveBeenCalledTimes(1);

    await user.selectOptions(select, 'u3');
    expect(within(dialog).getByText(/^TRAINING: Una Newhire has no recorded completion/)).toBeInTheDocument();
    await user.selectOptions(select, 'u2');
    expect(within(dialog).queryByText(/^TRAINING/)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Hand on' }));
    expect(onDone).toHaveBeenCalledWith(answered, colleagues[1]);
    expect(requests(mockedFetch())[1]).toEqual({
      key: 'POST /api/access-reports/r1/assignment',
      body: { version: 4, userId: 'u2' },
    });
  });

  it("says what the API refused (a 409) and keeps the dialog open; no warning when the report isn't sex trafficking", async () => {
    serverAnswers(mockedFetch(), {
      'GET /api/reference/colleagues': [200, colleagues],
      'POST /api/access-reports/r1/assignment': [
        409,
        { statusCode: 409, message: 'The report changed since you read it' },
      ],
    });
    render(
      <HandOnDialog
        target={target({ sexTrafficking: false })}
        kind="ASSIGNEE"
        onDone={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    const select = await screen.findByRole('combobox', { name: 'Colleague' });
    const user = userEvent.setup();
    await user.selectOptions(select, 'u3');
    expect(screen.queryByText(/^TRAINING/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hand on' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The report changed since you read it');
  });
});

describe('DiscardDialog', () => {
  it('tells a worker why a draft with an allegation cannot be discarded by them, and offers only Close', async () => {
    const onCancel = jest.fn();
    render(<DiscardDialog target={target()} user={worker} onDone={jest.fn()} onCancel={onCancel} />);
    const dialog = screen.getByRole('dialog', { name: 'Discard draft' });
    expect(dialog).toHaveTextContent('Only a supervisor can discard a draft that records an allegation');
    expect(within(dialog).queryByRole('button', { name: 'Discard draft' })).not.toBeInTheDocument();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    await userEvent.setup().click(close);
    expect(onCancel).toHaveBeenCalled();
    expect(mockedFetch()).not.toHaveBeenCalled();
  });

  it('needs a reason, then discards (a worker, an empty draft)', async () => {
    serverAnswers(mockedFetch(), {
      'POST /api/access-reports/r1/discard': [200, { ...answered, status: 'DISCARDED' }],
    });
    const onDone = jest.fn();
    render(
      <DiscardDialog
        target={target({ recordsAllegation: false })}
        user={worker}
        onDone={onDone}
        onCancel={jest.fn()}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Discard this draft?' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for discarding' });
    expect(reason).toHaveFocus();
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    expect(within(dialog).getByText(/^Enter the reason/)).toBeInTheDocument();
    expect(reason).toHaveFocus();
    await user.type(reason, 'Opened by mistake');
    await user.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    expect(onDone).toHaveBeenCalledWith({ ...answered, status: 'DISCARDED' });
    expect(requests(mockedFetch())[0]?.body).toEqual({ version: 4, reason: 'Opened by mistake' });
  });

  it('lets a supervisor discard a draft that records an allegation', async () => {
    render(<DiscardDialog target={target()} user={supervisor} onDone={jest.fn()} onCancel={jest.fn()} />);
    expect(screen.getByRole('dialog', { name: 'Discard this draft?' })).toBeInTheDocument();
  });
});

describe('TransferDialog', () => {
  it('offers the other counties by name, needs a county and a reason, then transfers', async () => {
    const counties = [
      { code: '55025', name: 'Dane', region: 'BALANCE_OF_STATE' },
      { code: '55079', name: 'Milwaukee', region: 'MILWAUKEE' },
    ];
    serverAnswers(mockedFetch(), {
      'GET /api/reference/counties': [200, counties],
      'POST /api/access-reports/r1/transfer': [200, { ...answered, countyCode: '55025' }],
    });
    const onDone = jest.fn();
    render(<TransferDialog target={target()} onDone={onDone} onCancel={jest.fn()} />);
    const select = await screen.findByRole('combobox', { name: 'County' });
    expect(within(select).queryByRole('option', { name: 'Milwaukee County' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(screen.getByText('Choose the county the report goes to')).toBeInTheDocument();
    expect(screen.getByText(/^Enter the reason/)).toBeInTheDocument();
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Dane County');
    await user.type(screen.getByRole('textbox', { name: 'Reason for the transfer' }), 'The child lives in Dane County');
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(onDone).toHaveBeenCalledWith({ ...answered, countyCode: '55025' }, counties[0]);
    expect(requests(mockedFetch())[1]?.body).toEqual({
      version: 4,
      countyCode: '55025',
      reason: 'The child lives in Dane County',
    });
  });
});
