import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { localCopyKey, readLocalCopy, writeLocalCopy } from './local-copy';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom, trainedWorker } from './testing/fake-intake-api';
import { location, renderIntake } from './testing/render-intake';

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

const submitButton = () => screen.findByRole('button', { name: 'Submit to supervisor' });

function openDraft(overrides: Parameters<typeof completeDraft>[0] = {}) {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft(overrides)));
  renderIntake('/reports/r1/edit');
  return api;
}

it('saves the last change, submits with the version and the recommendation, then confirms', async () => {
  const api = openDraft();
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Rationale'), ' Youth disclosed.');
  await user.click(await submitButton());

  const heading = await screen.findByRole('heading', { level: 1, name: 'Report submitted' });
  await waitFor(() => expect(heading).toHaveFocus());
  const [submit, ...again] = api.sent('POST', /\/submit$/);
  expect(again).toHaveLength(0);
  expect(submit!.body).toEqual({
    version: 2, // after the save of the rationale
    recommendation: {
      decision: 'SCREEN_IN',
      screenOutReason: null,
      responseTime: 'WITHIN_48_HOURS',
      rationale: 'Alleged child sex trafficking. Youth disclosed.',
      duplicateOfReportId: null,
    },
  });
  expect(screen.getByRole('link', { name: 'View the submitted report' })).toHaveAttribute('href', '/reports/r1');
  expect(readLocalCopy(localCopyKey('r1', trainedWorker.id))).toBeNull();
});

it('lists what submit still needs in a summary whose links move focus, without calling submit', async () => {
  const api = fakeIntakeApi(mockedFetch());
  const user = userEvent.setup();
  renderIntake('/reports/new');
  await user.click(await submitButton());

  const summary = await screen.findByRole('alert', { name: /Fix these \d+ before submitting/ });
  await waitFor(() => expect(summary).toHaveFocus());
  expect(
    within(summary).getByRole('link', {
      name: 'Reporter type: Required to submit (ANONYMOUS when even the kind of reporter is unknown)',
    }),
  ).toBeInTheDocument();
  expect(within(summary).getByRole('link', { name: /^Narrative: Required to submit/ })).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/)).toHaveLength(0);

  await user.click(within(summary).getByRole('link', { name: /^Reporter type/ }));
  const reporterType = screen.getByLabelText('Reporter type');
  expect(reporterType).toHaveFocus();
  expect(reporterType).toHaveAccessibleDescription(/Required to submit/);

  await user.selectOptions(reporterType, 'EDUCATION'); // fixed: it leaves the summary
  await waitFor(() => expect(within(summary).queryByRole('link', { name: /^Reporter type/ })).not.toBeInTheDocument());
});

it("shows a 422's rule and message at the field and in the summary", async () => {
  const api = openDraft();
  const message = 'A user without a recorded sex trafficking training may not recommend screening on this report.';
  api.answer('POST', /\/submit$/, () => [
    422,
    { statusCode: 422, error: 'Unprocessable Entity', message, rule: 'TRAINING' },
  ]);
  const user = userEvent.setup();
  await user.click(await submitButton());

  const summary = await screen.findByRole('alert', { name: /before submitting/ });
  const link = within(summary).getByRole('link', { name: `Recommendation: TRAINING — ${message}` });
  expect(screen.getByLabelText('Screen in')).toHaveAccessibleDescription(
    expect.stringContaining(`TRAINING ${message}`),
  );
  await user.click(link);
  expect(screen.getByLabelText('Screen in')).toHaveFocus();
  expect(screen.getByRole('button', { name: 'Submit to supervisor' })).toBeEnabled();
});

it("shows a 400's issues next to their fields", async () => {
  const api = openDraft();
  api.answer('POST', /\/submit$/, () => [
    400,
    {
      statusCode: 400,
      error: 'Bad Request',
      message: 'persons.0.tribe: is required to submit for an Indian child',
      issues: [{ path: 'persons.0.tribe', message: 'is required to submit for an Indian child' }],
    },
  ]);
  const user = userEvent.setup();
  await user.click(await screen.findByLabelText('Yes', { selector: '#field-persons-0-indianChild' }));
  await user.type(screen.getByLabelText('Tribe'), 'Oneida Nation');
  await user.click(await submitButton());

  await waitFor(() =>
    expect(screen.getByLabelText('Tribe')).toHaveAccessibleDescription(
      expect.stringContaining('Required to submit for an Indian child'),
    ),
  );
  const summary = screen.getByRole('alert', { name: /before submitting/ });
  expect(
    within(summary).getByRole('link', {
      name: 'Person 1 (Child: Maya Thompson): tribe: Required to submit for an Indian child',
    }),
  ).toBeInTheDocument();
  await user.type(screen.getByLabelText('Tribe'), ' of Wisconsin'); // the field changed: the server's word no longer applies
  await waitFor(() => expect(screen.getByLabelText('Tribe')).not.toHaveAccessibleDescription(/Required/));
});

it('is idempotent: a retry after a lost answer reads the 409 as "already submitted"', async () => {
  const api = openDraft();
  // The first submit goes through on the server, but its answer is lost on the way back.
  api.answer('POST', /\/submit$/, () => {
    const report = api.reports.get('r1')!;
    api.put({ ...report, status: 'AWAITING_SUPERVISOR', version: report.version + 1 });
    return undefined;
  });
  const user = userEvent.setup();
  await user.click(await submitButton());
  const summary = await screen.findByRole('alert', { name: 'The report was not submitted' });
  expect(summary).toHaveTextContent('It is never submitted twice.');

  await user.click(screen.getByRole('button', { name: 'Submit to supervisor' }));

  expect(await screen.findByRole('heading', { name: 'Report submitted' })).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/)).toHaveLength(2);
  expect(api.reports.get('r1')).toMatchObject({ status: 'AWAITING_SUPERVISOR', version: 2 });
});

it('disables the button while the submit is in flight', async () => {
  const api = openDraft();
  let release: () => void = () => undefined;
  api.answer(
    'POST',
    /\/submit$/,
    () =>
      new Promise(
        (resolve) =>
          (release = () => resolve([200, { ...api.reports.get('r1')!, status: 'AWAITING_SUPERVISOR', version: 2 }])),
      ),
  );
  const user = userEvent.setup();
  await user.click(await submitButton());

  const busy = await screen.findByRole('button', { name: 'Submitting…' });
  expect(busy).toBeDisabled();
  await user.click(busy);
  release();
  expect(await screen.findByRole('heading', { name: 'Report submitted' })).toBeInTheDocument();
  expect(api.sent('POST', /\/submit$/)).toHaveLength(1);
});

it('starts a fresh report from the confirmation of a report created in the same visit', async () => {
  const api = fakeIntakeApi(mockedFetch());
  // A complete report typed before the draft could be created (e.g. offline), restored here.
  writeLocalCopy(localCopyKey(null, trainedWorker.id), {
    reportId: null,
    userId: trainedWorker.id,
    baseVersion: null,
    changedAt: new Date().toISOString(),
    values: completeDraft(),
  });
  const user = userEvent.setup();
  renderIntake('/reports/new');
  await waitFor(() => expect(location()).toBe('/reports/r1/edit'));
  await user.click(await submitButton());

  expect(await screen.findByRole('heading', { level: 1, name: 'Report submitted' })).toBeInTheDocument();
  expect(api.reports.get('r1')?.status).toBe('AWAITING_SUPERVISOR');
  await user.click(screen.getByRole('link', { name: 'Start a new report' }));

  expect(await screen.findByRole('heading', { level: 1, name: 'New access report' })).toBeInTheDocument();
  expect(screen.getByLabelText('What the caller reports')).toHaveValue('');
  expect(location()).toBe('/reports/new');
});

it('will not submit while present danger is unanswered, and its link leads to the yes/no question', async () => {
  const api = openDraft({ presentDangerThreat: null });
  const user = userEvent.setup();
  await user.click(await submitButton());

  const summary = await screen.findByRole('alert', { name: 'Fix this before submitting' });
  const link = within(summary).getByRole('link', {
    name: 'Present danger threat: Needs an answer, yes or no, to submit',
  });
  expect(api.sent('POST', /\/submit$/)).toHaveLength(0);
  await user.click(link);
  const question = screen.getByRole('group', { name: /Is there a present danger threat/ });
  expect(within(question).getByRole('radio', { name: 'Yes' })).toHaveFocus();
});

it('confirms with the report number, and says when the law enforcement referral is already overdue', async () => {
  openDraft(); // received in 2018 and no call recorded: LE-12H is long overdue
  const user = userEvent.setup();
  await user.click(await submitButton());

  const panel = (await screen.findByRole('heading', { level: 1, name: 'Report submitted' })).closest('[role="status"]');
  if (!(panel instanceof HTMLElement)) throw new Error('the confirmation is no status region');
  expect(panel).toHaveTextContent('Report number 2026-079-00001');
  expect(panel).toHaveTextContent(/The law enforcement referral is overdue: it was due by .+ \(LE-12H\)/);
  expect(panel).not.toHaveTextContent(/referral due by/);
});
