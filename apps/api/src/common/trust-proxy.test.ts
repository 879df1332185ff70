import { loadEnv } from './env';

const secret = { SESSION_SECRET: 's'.repeat(40) };

it('TRUST_PROXY is unset by default: no forwarded address is believed', () => {
  expect(loadEnv({ ...secret }).TRUST_PROXY).toBeUndefined();
});

it.each([
  ['1', 1],
  ['10.0.0.5', ['10.0.0.5']],
  ['10.0.0.5, 10.1.0.0/16,::1', ['10.0.0.5', '10.1.0.0/16', '::1']],
  ['loopback', ['loopback']],
  ['fd00::/8', ['fd00::/8']],
])('reads %p', (value, parsed) => {
  expect(loadEnv({ ...secret, TRUST_PROXY: value }).TRUST_PROXY).toEqual(parsed);
});

it.each(['true', '0', '11', 'proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', '10.0.0.5,,10.0.0.6', '300.1.1.1'])(
  'refuses %p with one line naming TRUST_PROXY',
  (value) => {
    expect(() => loadEnv({ ...secret, TRUST_PROXY: value })).toThrow(
      /^TRUST_PROXY must be a hop count from 1 to 10, or a comma-separated list/,
    );
  },
);
