import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFetchMock } from '../../test/fetch-mock';
import { completeDraft } from './testing/drafts';
import { fakeIntakeApi, reportFrom } from './testing/fake-intake-api';
import { renderIntake } from './testing/render-intake';

// Issue 12, item 6: no message names a field by its API path ("notifiedAt: …",
// "persons.0.dateOfBirth"); every one names it in words. The API is made to answer the worst
// case here (its message repeating the path), so a page that shows it verbatim fails.

const mockedFetch = useFetchMock();
beforeEach(() => window.localStorage.clear());

const RAW =
  /\b(?:persons|allegations|indicators|reporter|recommendation)\.\w|\b(?:notifiedAt|contactName|dateOfBirth|presentDangerThreat|receivedAt|maltreaterKeys|childKey|indianChild)\b/;

function expectNoRawPaths() {
  // Visible text and every accessible description (field errors are read through aria-describedby).
  expect(document.body.textContent).not.toMatch(RAW);
}

function openDraft() {
  const api = fakeIntakeApi(mockedFetch());
  api.put(reportFrom('r1', 1, completeDraft()));
  renderIntake('/reports/r1/edit');
  return api;
}

it('the police call refused by the API: each field named in words, beside its field', async () => {
  const api = openDraft();
  api.answer('POST', /law-enforcement-notifications$/, () => [
    400,
    {
      statusCode: 400,
      error: 'Bad Request',
      message: 'notifiedAt: must not be before the report was received; agency: must be at most 200 characters',
      issues: [
        { path: 'notifiedAt', message: 'must not be before the report was received' },
        { path: 'agency', message: 'must be at most 200 characters' },
      ],
    },
  ]);
  const user = userEvent.setup();
  const section = await screen.findByRole('region', { name: 'Police and tribe notified' });
  await user.type(within(section).getByLabelText('Law enforcement agency'), 'Milwaukee Police Department');
  await user.selectOptions(within(section).getByLabelText('How they were notified'), 'PHONE');
  await user.click(within(section).getByRole('button', { name: 'Record notification' }));

  const time = within(section).getByLabelText('Time notified');
  await waitFor(() =>
    expect(time).toHaveAccessibleDescription(
      expect.stringContaining('The date and time notified must not be before the report was received.'),
    ),
  );
  expect(time).toHaveFocus();
  expect(within(section).getByLabelText('Law enforcement agency')).toHaveAccessibleDescription(
    expect.stringContaining('The agency must be at most 200 characters.'),
  );
  expect(within(section).getByText('The notification was not recorded: see the marked fields.')).toBeInTheDocument();
  expectNoRawPaths();
});

it("the submit refused by the API (400): the summary and the fields name them in words, never the API's paths", async () => {
  const api = openDraft();
  api.answer('POST', /\/submit$/, () => [
    400,
    {
      statusCode: 400,
      error: 'Bad Request',
      message: 'persons.0.dateOfBirth: must be a date; presentDangerThreat: is required to submit',
      issues: [
        { path: 'persons.0.dateOfBirth', message: 'must be a date from 1900 to 2100' },
        { path: 'presentDangerThreat', message: 'is required to submit' },
      ],
    },
  ]);
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Submit to supervisor' }));

  const summary = await screen.findByRole('alert', { name: /before submitting/ });
  expect(summary).toHaveTextContent('The report was not submitted: fix what is listed here.');
  expect(within(summary).getByRole('link', { name: /^Present danger threat: / })).toBeInTheDocument();
  expect(
    within(summary).getByRole('link', { name: /^Person 1 \(Child: Maya Thompson\): date of birth: / }),
  ).toBeInTheDocument();
  expectNoRawPaths();
});
