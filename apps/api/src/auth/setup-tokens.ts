import { SETUP_TOKEN_HOURS, type SetupLink } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';
import { hashToken, newToken } from './session-token';

type Db = Pick<Prisma.TransactionClient, 'setupToken' | '$queryRaw'>;

export const SETUP_TOKEN_MS = SETUP_TOKEN_HOURS * 60 * 60 * 1000;

/** One message for a used, expired, voided or unknown token: the answer reveals nothing about which. */
export const SETUP_LINK_INVALID =
  'This setup link cannot be used: it was used already, it expired, or a newer link replaced it. Ask your administrator for a new link';

/**
 * A new one-time setup token for a user, voiding any older one: 32 random bytes, stored only as
 * its keyed hash. The link carries it in the fragment (`#token=`), which browsers never send to
 * a server nor put in a Referer, so it stays out of access logs. The address comes from
 * PUBLIC_URL, never from the request's Host header, which a caller could point elsewhere.
 */
export async function issueSetupToken(
  db: Db,
  userId: string,
  env: { SESSION_SECRET: string; PUBLIC_URL: string },
  now = new Date(),
): Promise<SetupLink> {
  await db.setupToken.updateMany({ where: { userId, usedAt: null, voidedAt: null }, data: { voidedAt: now } });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_MS);
  await db.setupToken.create({
    data: { userId, tokenHash: hashToken(token, env.SESSION_SECRET), expiresAt, createdAt: now },
  });
  return { token, url: `${env.PUBLIC_URL}/setup#token=${token}`, expiresAt: expiresAt.toISOString() };
}

/**
 * Uses up a token in one statement: of two requests with the same token, only one gets its
 * user. Returns null when it is unknown, used, voided or expired.
 */
export async function claimSetupToken(db: Db, token: string, secret: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ userId: string }[]>`
    UPDATE setup_tokens SET used_at = now()
    WHERE token_hash = ${hashToken(token, secret)}::text AND used_at IS NULL AND voided_at IS NULL AND expires_at > now()
    RETURNING user_id::text AS "userId"`;
  return rows[0]?.userId ?? null;
}
