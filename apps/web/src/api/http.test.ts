import { jsonResponse, requestOf, useFetchMock } from '../test/fetch-mock';
import { ApiError, http } from './http';

const mockedFetch = useFetchMock();

it('sends JSON with same-origin credentials and returns the parsed body', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(200, { ok: true }));

  await expect(http.post('/api/thing', { a: 1 })).resolves.toEqual({ ok: true });

  const { url, init } = requestOf(mockedFetch());
  expect(url).toBe('/api/thing');
  expect(init.method).toBe('POST');
  expect(init.credentials).toBe('same-origin');
  expect(init.body).toBe('{"a":1}');
  expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
});

it('returns undefined for an empty 204 answer', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(204));
  await expect(http.post('/api/auth/logout')).resolves.toBeUndefined();
});

it('throws ApiError with the status, message and issues of the error body', async () => {
  mockedFetch().mockResolvedValueOnce(
    jsonResponse(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'The report has problems.',
      issues: [{ path: 'persons.0.dateOfBirth', message: 'Enter a real date.' }, { bad: 1 }],
      rule: 'ST-SCREEN-IN',
    }),
  );

  const error = await http.get('/api/x').catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    status: 400,
    message: 'The report has problems.',
    issues: [{ path: 'persons.0.dateOfBirth', message: 'Enter a real date.' }],
    rule: 'ST-SCREEN-IN',
  });
});

it('falls back to a plain message when the error body is not JSON', async () => {
  mockedFetch().mockResolvedValueOnce(jsonResponse(502, '<html>Bad gateway</html>'));
  await expect(http.get('/api/x')).rejects.toMatchObject({
    status: 502,
    message: 'Something went wrong (error 502). Try again.',
    issues: [],
  });
});

it('turns a network failure into ApiError with status 0', async () => {
  mockedFetch().mockRejectedValueOnce(new TypeError('Failed to fetch'));
  await expect(http.get('/api/x')).rejects.toMatchObject({
    status: 0,
    message: 'We could not reach the server. Check your connection and try again.',
  });
});
