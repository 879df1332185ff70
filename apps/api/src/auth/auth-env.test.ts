import { loadEnv } from '../common/env';

// The two variables of sign-in and setup links, validated like every other one.
const secret = { SESSION_SECRET: 's'.repeat(40) };

it('PUBLIC_URL defaults to http://localhost:<PORT>; a trailing slash is dropped', () => {
  expect(loadEnv({ ...secret }).PUBLIC_URL).toBe('http://localhost:3000');
  expect(loadEnv({ ...secret, PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  expect(loadEnv({ ...secret, PUBLIC_URL: 'https://cps.example.wi.gov/' }).PUBLIC_URL).toBe(
    'https://cps.example.wi.gov',
  );
});

it('SESSION_MAX_HOURS defaults to 16 and reads a whole number of hours', () => {
  expect(loadEnv({ ...secret }).SESSION_MAX_HOURS).toBe(16);
  expect(loadEnv({ ...secret, SESSION_MAX_HOURS: '8' }).SESSION_MAX_HOURS).toBe(8);
});

it.each([
  [{ PUBLIC_URL: 'cps.example.wi.gov' }, /^PUBLIC_URL must be an http:\/\/ or https:\/\/ address/],
  [{ PUBLIC_URL: 'https://cps.example.wi.gov/app?x=1' }, /^PUBLIC_URL /],
  [{ PUBLIC_URL: 'javascript:alert(1)' }, /^PUBLIC_URL /],
  [{ SESSION_MAX_HOURS: '25' }, /^SESSION_MAX_HOURS must be at most 24$/],
  [{ SESSION_MAX_HOURS: '0' }, /^SESSION_MAX_HOURS must be at least 1$/],
  [{ SESSION_MAX_HOURS: '1.5' }, /^SESSION_MAX_HOURS must be a whole number of hours$/],
  [{ SESSION_MAX_HOURS: 'many' }, /^SESSION_MAX_HOURS must be a number of hours$/],
])('refuses %p with one line naming the variable', (values, message) => {
  expect(() => loadEnv({ ...secret, ...values })).toThrow(message);
});
