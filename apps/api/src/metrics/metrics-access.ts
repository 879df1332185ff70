import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import net from 'node:net';

// Who may read GET /api/metrics (docs/metrics.md, "Access"): a scraper on this host, or one that
// sends METRICS_TOKEN. "This host" is the TCP peer of the socket, never request.ip: with
// TRUST_PROXY set, request.ip is read from X-Forwarded-For, which any caller writes.

/** Headers a reverse proxy adds: a request carrying one came through a proxy, from anywhere. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host'] as const;

const loopback = new net.BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** 127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) on a dual-stack socket. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (net.isIPv4(v4)) return loopback.check(v4, 'ipv4');
  return net.isIPv6(address) && loopback.check(address, 'ipv6');
}

/**
 * A caller on this host, talking to the app directly. A reverse proxy on the same host also
 * connects from loopback, on behalf of anyone: a request bearing a forwarding header is therefore
 * never taken as local, whatever address the header names (a forged one included).
 */
export function fromLoopback(peerAddress: string | undefined, headers: IncomingHttpHeaders): boolean {
  return isLoopbackAddress(peerAddress) && FORWARDING_HEADERS.every((name) => headers[name] === undefined);
}

/** The token of `Authorization: Bearer <token>`, or null without one. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match?.[1] ?? null;
}

/** Equal in constant time: both sides are hashed first, so neither content nor length leaks through timing. */
export function sameToken(given: string, expected: string): boolean {
  const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();
  return crypto.timingSafeEqual(digest(given), digest(expected));
}
