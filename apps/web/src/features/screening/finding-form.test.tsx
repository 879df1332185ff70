import type { ReportAllegation } from '@cps/domain';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { FindingForm } from './finding-form';
import { accessReport } from './test-reports';

const mockedFetch = useFetchMock();
const report = accessReport({ status: 'SCREENED_IN' });
const allegation = report.allegations[0]!;

function renderForm(target: ReportAllegation = allegation) {
  const onSaved = jest.fn();
  render(
    <FindingForm
      report={report}
      allegation={target}
      title="Maya Thompson: Sexual abuse, sex trafficking"
      maltreaterNames={['Jon Doe']}
      onSaved={onSaved}
    />,
  );
  return { onSaved, events: userEvent.setup() };
}

const interviewed = () => screen.getByLabelText('CPS or law enforcement interviewed the alleged maltreater');
const interviewAlert = () => screen.getByRole('alert');

it('shows FINDING-INTERVIEW as soon as a known alleged maltreater is substantiated without an interview', async () => {
  const { events, onSaved } = renderForm();
  expect(
    screen.getByRole('group', { name: 'Record the finding for Maya Thompson: Sexual abuse, sex trafficking' }),
  ).toBeInTheDocument();
  expect(interviewAlert()).toBeEmptyDOMElement();
  expect(interviewed()).toHaveAccessibleDescription('Alleged maltreater: Jon Doe.');

  await events.click(screen.getByLabelText('Substantiated'));

  expect(interviewAlert()).toHaveTextContent(
    /^FINDING-INTERVIEW: A substantiated finding against a known alleged maltreater requires/,
  );
  expect(interviewed()).toHaveAttribute('aria-invalid', 'true');
  expect(interviewed()).toHaveAccessibleDescription(/FINDING-INTERVIEW/);

  await events.type(screen.getByLabelText('Rationale'), 'Disclosed in a forensic interview.');
  await events.click(screen.getByRole('button', { name: 'Save finding' }));
  expect(mockedFetch()).not.toHaveBeenCalled();
  expect(onSaved).not.toHaveBeenCalled();
  expect(interviewed()).toHaveFocus();

  await events.click(interviewed());
  expect(interviewAlert()).toBeEmptyDOMElement();
});

it('allows an unsubstantiated finding without an interview', async () => {
  const { events } = renderForm();
  await events.click(screen.getByLabelText('Unsubstantiated'));
  expect(interviewAlert()).toBeEmptyDOMElement();
});

it('allows substantiating with an unknown maltreater, and says why', async () => {
  const { events } = renderForm({ ...allegation, maltreaterKeys: [] });
  expect(interviewed()).toHaveAccessibleDescription(
    /Alleged maltreater unknown: the allegation can be substantiated without an interview/,
  );
  await events.click(screen.getByLabelText('Substantiated'));
  expect(interviewAlert()).toBeEmptyDOMElement();
});

it('saves the finding with PUT and hands back the allegation', async () => {
  const saved = {
    ...allegation,
    finding: {
      finding: 'SUBSTANTIATED',
      maltreaterInterviewed: true,
      parentalInvolvement: 'NO',
      rationale: 'Disclosed.',
      recordedBy: null,
      recordedAt: null,
    },
  };
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, saved));
  const { events, onSaved } = renderForm();

  await events.click(screen.getByLabelText('Substantiated'));
  await events.click(interviewed());
  await events.click(screen.getByLabelText('No'));
  await events.type(screen.getByLabelText('Rationale'), 'Disclosed.');
  await events.click(screen.getByRole('button', { name: 'Save finding' }));

  expect(onSaved).toHaveBeenCalledWith(saved);
  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/allegations/a-1/finding');
  expect(init.method).toBe('PUT');
  expect(JSON.parse(String(init.body))).toEqual({
    finding: 'SUBSTANTIATED',
    maltreaterInterviewed: true,
    parentalInvolvement: 'NO',
    rationale: 'Disclosed.',
  });
});

it("shows the API's rule refusal with its id", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(422, {
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'Findings are recorded only after a report is screened in.',
      rule: 'FINDING-SCREENED-IN',
    }),
  );
  const { events } = renderForm();
  await events.click(screen.getByLabelText('Unsubstantiated'));
  await events.type(screen.getByLabelText('Rationale'), 'No evidence.');
  await events.click(screen.getByRole('button', { name: 'Save finding' }));
  expect(
    await screen.findByText('FINDING-SCREENED-IN: Findings are recorded only after a report is screened in.'),
  ).toBeInTheDocument();
});
