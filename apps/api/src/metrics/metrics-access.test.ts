import { bearerToken, fromLoopback, isLoopbackAddress, sameToken } from './metrics-access';

it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('%s is loopback', (address) => {
  expect(isLoopbackAddress(address)).toBe(true);
});

it.each([undefined, '', '10.0.0.1', '128.0.0.1', '::2', '::ffff:10.0.0.1', 'fe80::1', '0.0.0.0', 'localhost'])(
  '%p is not loopback',
  (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  },
);

it('a loopback peer is local only without a forwarding header (a proxy on this host, or a forged one)', () => {
  expect(fromLoopback('127.0.0.1', {})).toBe(true);
  expect(fromLoopback('127.0.0.1', { 'x-forwarded-for': '127.0.0.1' })).toBe(false);
  expect(fromLoopback('127.0.0.1', { forwarded: 'for=127.0.0.1' })).toBe(false);
  expect(fromLoopback('127.0.0.1', { 'x-real-ip': '127.0.0.1' })).toBe(false);
  expect(fromLoopback('127.0.0.1', { 'x-forwarded-host': 'cps.example.wi.gov' })).toBe(false);
  expect(fromLoopback('203.0.113.7', {})).toBe(false);
});

it('reads the Bearer token, and nothing else', () => {
  expect(bearerToken({ authorization: 'Bearer abc.def' })).toBe('abc.def');
  expect(bearerToken({ authorization: 'bearer abc' })).toBe('abc');
  expect(bearerToken({ authorization: 'Basic abc' })).toBeNull();
  expect(bearerToken({ authorization: 'Bearer a b' })).toBeNull();
  expect(bearerToken({})).toBeNull();
});

it('compares tokens whole, whatever their lengths', () => {
  const token = 'x'.repeat(40);
  expect(sameToken(token, token)).toBe(true);
  expect(sameToken(token.slice(1), token)).toBe(false);
  expect(sameToken(`${token}x`, token)).toBe(false);
  expect(sameToken('', token)).toBe(false);
});
