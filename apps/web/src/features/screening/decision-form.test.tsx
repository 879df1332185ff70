import type { AccessReport } from '@cps/domain';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { DecisionForm } from './decision-form';
import { accessReport, supervisor } from './test-reports';

const mockedFetch = useFetchMock();

function renderForm(report: AccessReport = accessReport(), user = supervisor) {
  const onDecided = jest.fn();
  const onConflict = jest.fn();
  render(
    <>
      <h2 id="decision-heading">Screening decision</h2>
      <DecisionForm report={report} user={user} onDecided={onDecided} onConflict={onConflict} />
    </>,
  );
  return { onDecided, onConflict, events: userEvent.setup() };
}

const decisionGroup = () => screen.getByRole('group', { name: 'Your decision' });
const responseGroup = () => screen.getByRole('group', { name: 'Response time' });

it("is pre-filled from the worker's recommendation and says the report must be screened in", () => {
  renderForm();
  expect(screen.getByRole('form', { name: 'Screening decision' })).toBeInTheDocument();
  expect(screen.getByLabelText('Screen in')).toBeChecked();
  expect(screen.getByLabelText('Within 24 to 48 hours')).toBeChecked();
  expect(screen.getByLabelText('Rationale')).toHaveValue('Youth describes survival sex.');
  expect(decisionGroup()).toHaveAccessibleDescription(/must be screened in \(ST-SCREEN-IN\)/);
  screen.getAllByRole('alert').forEach((alert) => expect(alert).toBeEmptyDOMElement());
});

it('shows ST-SCREEN-IN as soon as the supervisor chooses to screen out, and sends nothing', async () => {
  const { events, onDecided } = renderForm();

  await events.click(screen.getByLabelText('Screen out'));

  const alert = within(decisionGroup()).getByRole('alert');
  expect(alert).toHaveTextContent(/^ST-SCREEN-IN: A report with a sex trafficking allegation must be screened in/);
  expect(decisionGroup()).toHaveAccessibleDescription(/ST-SCREEN-IN:/);
  expect(screen.getByLabelText('Reason for screening out')).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: 'Response time' })).not.toBeInTheDocument();

  await events.selectOptions(screen.getByLabelText('Reason for screening out'), 'NON_CAREGIVER_MALTREATER');
  await events.click(screen.getByRole('button', { name: 'Record decision' }));
  expect(mockedFetch()).not.toHaveBeenCalled();
  expect(onDecided).not.toHaveBeenCalled();
  expect(screen.getByLabelText('Screen out')).toHaveFocus();

  await events.click(screen.getByLabelText('Screen in'));
  expect(within(decisionGroup()).getByRole('alert')).toBeEmptyDOMElement();
});

it('shows PRESENT-DANGER live while the response time is not the same day', async () => {
  const { events } = renderForm(
    accessReport({ presentDangerThreat: true, computed: { responseTimeRequired: 'SAME_DAY' } }),
  );

  expect(responseGroup()).toHaveAccessibleDescription(/the response must be same day \(PRESENT-DANGER\)/);
  expect(within(responseGroup()).getByRole('alert')).toHaveTextContent(
    /^PRESENT-DANGER: A report with a present danger threat needs a response the same day/,
  );

  await events.click(screen.getByLabelText('Same day'));
  expect(within(responseGroup()).getByRole('alert')).toBeEmptyDOMElement();
});

it('lets a present-danger report without a sex trafficking allegation be screened out', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, accessReport({ status: 'SCREENED_OUT' })));
  const report = accessReport({
    presentDangerThreat: true,
    allegations: [{ ...accessReport().allegations[0]!, descriptors: [], maltreatmentType: 'NEGLECT' }],
    computed: { mustScreenIn: false, responseTimeRequired: 'SAME_DAY' },
  });
  const { events, onDecided } = renderForm(report);

  await events.click(screen.getByLabelText('Screen out'));
  await events.selectOptions(screen.getByLabelText('Reason for screening out'), 'DOES_NOT_MEET_DEFINITION');
  await events.click(screen.getByRole('button', { name: 'Record decision' }));

  expect(onDecided).toHaveBeenCalled();
  expect(JSON.parse(String(requestOf(mockedFetch()).init.body))).toEqual({
    version: 3,
    decision: 'SCREEN_OUT',
    screenOutReason: 'DOES_NOT_MEET_DEFINITION',
    rationale: 'Youth describes survival sex.',
  });
});

describe('screening out as a duplicate', () => {
  const ORIGINAL = '00000000-0000-4000-8000-0000000000aa';
  const OTHER = '00000000-0000-4000-8000-0000000000bb';
  const entry = (reportId: string, reportNumber: string, status: string, roles = ['CHILD']) => ({
    countyCode: '55079',
    receivedAt: '2018-03-01T16:00:00.000Z',
    status,
    decision: status === 'SCREENED_IN' ? 'SCREEN_IN' : null,
    reportId,
    reportNumber,
    roles,
    allegations: [],
  });
  const history = [
    entry(ORIGINAL, '2018-079-00007', 'SCREENED_IN'),
    entry(OTHER, '2018-079-00009', 'AWAITING_SUPERVISOR'),
    entry('00000000-0000-4000-8000-0000000000cc', '2018-079-00011', 'SCREENED_OUT'),
    entry('00000000-0000-4000-8000-0000000000dd', '2018-079-00012', 'SCREENED_IN', ['PARENT']),
  ];
  const recommendedDuplicate = () =>
    accessReport({
      recommendation: {
        decision: 'SCREEN_OUT',
        screenOutReason: 'DUPLICATE_REPORT',
        responseTime: null,
        rationale: 'The same events as 2018-079-00007.',
        duplicateOfReportId: ORIGINAL,
        duplicateOfReportNumber: '2018-079-00007',
      },
      duplicateOf: { id: ORIGINAL, reportNumber: '2018-079-00007' },
      computed: { mustScreenIn: false },
    });

  it("offers the recommendation's original and the children's open reports, and sends the one chosen", async () => {
    mockedFetch().mockResolvedValueOnce(jsonResponse(200, history));
    mockedFetch().mockResolvedValueOnce(jsonResponse(200, accessReport({ status: 'SCREENED_OUT' })));
    const { events, onDecided } = renderForm(recommendedDuplicate());

    const group = await screen.findByRole('group', { name: 'Original report' });
    await within(group).findByLabelText(/Report 2018-079-00009/);
    expect(requestOf(mockedFetch()).url).toMatch(/\/api\/persons\/[^/]+\/history$/);
    const radios = within(group).getAllByRole('radio');
    // The worker's choice first and chosen; a screened-out report and one naming the child as a parent are not offered.
    expect(radios.map((r) => r.getAttribute('value'))).toEqual([ORIGINAL, OTHER]);
    expect(within(group).getByLabelText(/Report 2018-079-00007 · .* · recommended by the worker/)).toBeChecked();
    expect(group).toHaveAccessibleDescription(/screened out as a duplicate of 2018-079-00007/);
    // Sex trafficking, screened out as a duplicate: no ST-SCREEN-IN here, the API checks the original.
    expect(within(decisionGroup()).getByRole('alert')).toBeEmptyDOMElement();

    await events.click(within(group).getByLabelText(/Report 2018-079-00009/));
    expect(group).toHaveAccessibleDescription(/duplicate of 2018-079-00009/);
    await events.click(screen.getByRole('button', { name: 'Record decision' }));

    expect(onDecided).toHaveBeenCalled();
    expect(JSON.parse(String(requestOf(mockedFetch(), 1).init.body))).toEqual({
      version: 3,
      decision: 'SCREEN_OUT',
      screenOutReason: 'DUPLICATE_REPORT',
      duplicateOfReportId: OTHER,
      rationale: 'The same events as 2018-079-00007.',
    });
  });

  it('a duplicate needs its original: says so and sends nothing', async () => {
    mockedFetch().mockResolvedValueOnce(jsonResponse(200, []));
    const { events, onDecided } = renderForm(accessReport({ computed: { mustScreenIn: false } }));
    await events.click(screen.getByLabelText('Screen out'));
    await events.selectOptions(screen.getByLabelText('Reason for screening out'), 'DUPLICATE_REPORT');
    const group = await screen.findByRole('group', { name: 'Original report' });
    await within(group).findByText(/No other report of this county about these children/);
    await events.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(await within(group).findByText('Choose the original report this one duplicates.')).toBeInTheDocument();
    expect(onDecided).not.toHaveBeenCalled();
    expect(mockedFetch()).toHaveBeenCalledTimes(1);
  });
});

it('shows TRAINING for a supervisor without a recorded training', () => {
  renderForm(accessReport(), { ...supervisor, sexTraffickingTrainingCompletedOn: null });
  expect(within(decisionGroup()).getByRole('alert')).toHaveTextContent(
    /^TRAINING: You have no recorded completion of the sex trafficking training/,
  );
});

it('records the decision with the version read and hands back the report', async () => {
  const decided = accessReport({ status: 'SCREENED_IN', version: 4 });
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, decided));
  const { events, onDecided } = renderForm();

  await events.click(screen.getByLabelText('Same day'));
  await events.clear(screen.getByLabelText('Rationale'));
  await events.type(screen.getByLabelText('Rationale'), 'Sex trafficking: screened in, same day.');
  await events.click(screen.getByRole('button', { name: 'Record decision' }));

  expect(onDecided).toHaveBeenCalledWith(decided);
  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/access-reports/r1/screening-decision');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toEqual({
    version: 3,
    decision: 'SCREEN_IN',
    responseTime: 'SAME_DAY',
    rationale: 'Sex trafficking: screened in, same day.',
  });
});

it('asks for a rationale and a reason before sending', async () => {
  const { events } = renderForm(
    accessReport({ allegations: [], recommendation: null, computed: { mustScreenIn: false } }),
  );

  await events.click(screen.getByRole('button', { name: 'Record decision' }));
  expect(await within(decisionGroup()).findByText('Choose screen in or screen out.')).toBeInTheDocument();
  await events.click(screen.getByLabelText('Screen out'));
  await events.click(screen.getByRole('button', { name: 'Record decision' }));

  expect(await screen.findByText('Choose the reason for screening out.')).toBeInTheDocument();
  expect(screen.getByLabelText('Reason for screening out')).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText('Rationale')).toHaveAccessibleDescription(/Write why you decide this\./);
  expect(mockedFetch()).not.toHaveBeenCalled();
});

it("shows the rule id and message of the API's 422", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'You may not decide this report.',
      rule: 'TRAINING',
    }),
  );
  const { events, onDecided } = renderForm();

  await events.click(screen.getByRole('button', { name: 'Record decision' }));

  expect(await screen.findByText('TRAINING: You may not decide this report.')).toBeInTheDocument();
  expect(onDecided).not.toHaveBeenCalled();
});

it('hands a 409 to the page, which reloads the report', async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(409, {
      statusCode: 409,
      error: 'Conflict',
      message: 'The report has already been decided; decisions are final',
    }),
  );
  const { events, onConflict, onDecided } = renderForm();

  await events.click(screen.getByRole('button', { name: 'Record decision' }));

  expect(onConflict).toHaveBeenCalledWith('The report has already been decided; decisions are final');
  expect(onDecided).not.toHaveBeenCalled();
});
