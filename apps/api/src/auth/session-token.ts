import crypto from 'node:crypto';

export const SESSION_COOKIE = 'cps_session';
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/** An opaque bearer token: 32 random bytes. Only its keyed hash is stored. */
export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashToken(token: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(token).digest('hex');
}

export function tokenFrom(
  headers: Record<string, string | string[] | undefined>,
  cookies: Record<string, string | undefined>,
) {
  const auth = headers.authorization;
  const bearer = typeof auth === 'string' ? /^Bearer\s+(\S+)$/i.exec(auth)?.[1] : undefined;
  if (bearer) return { token: bearer, via: 'bearer' as const };
  const cookie = cookies[SESSION_COOKIE];
  if (cookie) return { token: cookie, via: 'cookie' as const };
  return null;
}
