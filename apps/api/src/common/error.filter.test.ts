import { ForbiddenException, HttpException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { Conflict, InvalidInput, NotFound, RuleViolation } from './domain-error';
import { toErrorBody } from './error.filter';

// Every failure leaves the API in the one shape of docs/http-api.md, with the status the contract names.
it('a zod failure is a 400 whose issues name each field path, and whose message names the field in words', () => {
  const result = z
    .object({ persons: z.array(z.object({ dateOfBirth: z.iso.date({ message: 'must be a real date' }) })) })
    .safeParse({ persons: [{ dateOfBirth: '2018-02-30x' }] });
  const body = toErrorBody(new ZodValidationException(result.error));
  expect(body).toEqual({
    statusCode: 400,
    error: 'Bad Request',
    message: 'Date of birth (person 1) must be a real date',
    issues: [{ path: 'persons.0.dateOfBirth', message: 'must be a real date' }],
  });
});

it('an InvalidInput names its first field in words too', () => {
  expect(
    toErrorBody(new InvalidInput([{ path: 'narrative', message: 'must not contain NUL characters' }])).message,
  ).toBe('Narrative must not contain NUL characters');
});

it.each([
  [
    new InvalidInput([{ path: 'allegations.1', message: 'a second SEXUAL_ABUSE allegation for child c1' }]),
    400,
    { issues: [{ path: 'allegations.1', message: 'a second SEXUAL_ABUSE allegation for child c1' }] },
  ],
  [new RuleViolation('ST-SCREEN-IN', 'A report of sex trafficking must be screened in'), 422, { rule: 'ST-SCREEN-IN' }],
  [new Conflict('The report changed since you read it'), 409, {}],
  [new NotFound('Access report'), 404, { message: 'Access report not found' }],
  [new ForbiddenException('Your role may not do this'), 403, { message: 'Your role may not do this' }],
  [new HttpException('slow down', 429), 429, { error: 'Too Many Requests' }],
])('%p → %i', (error, status, extra) => {
  expect(toErrorBody(error)).toMatchObject({ statusCode: status, message: expect.any(String), ...extra });
});

it('a lost database connection is a 503, and a bug is a 500 that reveals nothing', () => {
  expect(
    toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).statusCode,
  ).toBe(503);
  const bug = toErrorBody(new TypeError("Cannot read properties of undefined (reading 'narrative')"));
  expect(bug).toEqual({
    statusCode: 500,
    error: 'Internal Server Error',
    message: 'Something went wrong on our side; it has been logged',
  });
});

it('a Unix socket with no server behind it (the embedded PostgreSQL stopped) is a 503; another missing file is still a bug', () => {
  const socket = Object.assign(new Error('connect ENOENT /srv/cps/.data/pg-socket/.s.PGSQL.5432'), {
    code: 'ENOENT',
    syscall: 'connect',
  });
  expect(toErrorBody(socket).statusCode).toBe(503);
  const file = Object.assign(new Error("ENOENT: no such file or directory, open 'x.json'"), {
    code: 'ENOENT',
    syscall: 'open',
  });
  expect(toErrorBody(file).statusCode).toBe(500);
});

it('a deadlock or serialization failure (PostgreSQL undid the change) is a 503 to try again, not a 500', () => {
  const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
  expect(toErrorBody(deadlock)).toMatchObject({
    statusCode: 503,
    message: expect.stringMatching(/nothing was saved\. Try again/),
  });
  expect(toErrorBody(Object.assign(new Error('could not serialize access'), { code: '40001' })).statusCode).toBe(503);
  expect(
    toErrorBody(Object.assign(new Error('Transaction failed due to a write conflict or a deadlock'), { code: 'P2034' }))
      .statusCode,
  ).toBe(503);
  expect(toErrorBody(Object.assign(new Error('wrapped'), { cause: deadlock })).statusCode).toBe(503);
  expect(toErrorBody(Object.assign(new Error('unique violation'), { code: '23505' })).statusCode).toBe(500);
});

it('a pool with no connection free in time is a 503 that says busy, not that the database is unreachable', () => {
  for (const error of [
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('Timed out fetching a new connection from the connection pool.'), { code: 'P2024' }),
    Object.assign(new Error('wrapped'), { cause: new Error('timeout exceeded when trying to connect') }),
  ]) {
    const answer = toErrorBody(error);
    expect(answer.statusCode).toBe(503);
    expect(answer.message).toMatch(/^The system is busy/);
  }
  expect(toErrorBody(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).message).toBe(
    'The database is not reachable; try again in a moment',
  );
});
