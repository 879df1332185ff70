import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, requestOf, useFetchMock } from '../../test/fetch-mock';
import { CreateUserForm } from './create-user-form';
import { FIX_FIELDS_MESSAGE } from './form-errors';
import { counties, worker } from './testing/admin-test-kit';

const mockedFetch = useFetchMock();

function renderForm() {
  const onCreated = jest.fn();
  render(<CreateUserForm counties={counties} onCreated={onCreated} onCancel={jest.fn()} />);
  return { onCreated, events: userEvent.setup() };
}

async function fillBasics(events: ReturnType<typeof userEvent.setup>) {
  await events.type(screen.getByLabelText('Email address'), ' Jordan.Nelson@Dane.WI.gov ');
  await events.type(screen.getByLabelText('Name'), 'Jordan Nelson');
}

it('requires a county for an access worker, beside the county field, before calling the API', async () => {
  const { events, onCreated } = renderForm();
  await fillBasics(events);

  await events.click(screen.getByRole('button', { name: 'Create user' }));

  const county = screen.getByRole('combobox', { name: 'County' });
  expect(await screen.findByText('County is required for an access worker')).toBeInTheDocument();
  expect(county).toHaveAttribute('aria-invalid', 'true');
  expect(county).toHaveAccessibleDescription(/County is required for an access worker/);
  expect(county).toHaveFocus();
  expect(mockedFetch()).not.toHaveBeenCalled();
  expect(onCreated).not.toHaveBeenCalled();
});

it('asks for no password: the person chooses their own with a setup link', () => {
  renderForm();
  expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
  expect(
    screen.getByText(/You do not set a password\. Creating the account gives you a one-time link/),
  ).toBeInTheDocument();
});

const setup = { token: 't', url: 'http://localhost:3000/setup#token=t', expiresAt: '2026-12-09T18:00:00.000Z' };

it('creates an access worker with county and training date, the email trimmed and lower-cased', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(201, { ...worker, setup }));
  const { events, onCreated } = renderForm();
  await fillBasics(events);
  await events.selectOptions(screen.getByLabelText('County'), 'Dane');
  await events.type(screen.getByLabelText('Sex trafficking training completed on'), '2018-01-15');

  await events.click(screen.getByRole('button', { name: 'Create user' }));

  await screen.findByRole('button', { name: 'Create user' });
  expect(onCreated).toHaveBeenCalledWith({ ...worker, setup });
  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/users');
  expect(init.method).toBe('POST');
  expect(JSON.parse(String(init.body))).toEqual({
    email: 'jordan.nelson@dane.wi.gov',
    name: 'Jordan Nelson',
    role: 'ACCESS_WORKER',
    countyCode: '55025',
    sexTraffickingTrainingCompletedOn: '2018-01-15',
  });
});

it('hides the county for a state administrator and sends none', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(201, { ...worker, role: 'ADMIN', countyCode: null, setup }));
  const { events, onCreated } = renderForm();
  await events.selectOptions(screen.getByLabelText('County'), 'Dane');
  await fillBasics(events);

  await events.selectOptions(screen.getByLabelText('Role'), 'State administrator');

  expect(screen.queryByLabelText('County')).not.toBeInTheDocument();
  expect(screen.getByText(/State administrators work statewide/)).toBeInTheDocument();
  await events.click(screen.getByRole('button', { name: 'Create user' }));
  await screen.findByRole('button', { name: 'Create user' });
  expect(onCreated).toHaveBeenCalled();
  const body = JSON.parse(String(requestOf(mockedFetch()).init.body)) as Record<string, unknown>;
  expect(body.role).toBe('ADMIN');
  expect(body.countyCode ?? null).toBeNull();
});

it("shows the server's 400 issues beside the fields they name", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'countyCode: is not one of the 72 Wisconsin counties (and 1 more)',
      issues: [
        { path: 'countyCode', message: 'is not one of the 72 Wisconsin counties' },
        { path: 'name', message: 'must not contain NUL characters' },
      ],
    }),
  );
  const { events, onCreated } = renderForm();
  await fillBasics(events);
  await events.selectOptions(screen.getByLabelText('County'), 'Milwaukee');

  await events.click(screen.getByRole('button', { name: 'Create user' }));

  expect(await screen.findByRole('alert')).toHaveTextContent(FIX_FIELDS_MESSAGE);
  expect(screen.getByLabelText('County')).toHaveAccessibleDescription(/County is not one of the 72 Wisconsin counties/);
  expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Name must not contain NUL characters');
  expect(screen.getByLabelText('County')).toHaveFocus();
  expect(onCreated).not.toHaveBeenCalled();
});

it("shows a 409 (the email is taken) in an alert with the server's message", async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(409, { statusCode: 409, error: 'Conflict', message: 'A user with this email already exists' }),
  );
  const { events } = renderForm();
  await fillBasics(events);
  await events.selectOptions(screen.getByLabelText('County'), 'Dane');

  await events.click(screen.getByRole('button', { name: 'Create user' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('A user with this email already exists');
  expect(screen.getByRole('button', { name: 'Create user' })).toBeEnabled();
});
