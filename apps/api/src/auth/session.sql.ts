import type { SessionUser } from '../common/auth.decorators';
import { type Query, sql } from '../common/sql';
import type { Role } from '../generated/prisma/enums';
import { fromDateOnly } from '../users/user.mapper';

// The session check that every signed-in request makes: the session by its token's hash, with
// its user, in one statement.

export type SessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  userId: string;
  email: string;
  name: string;
  role: Role;
  countyCode: string | null;
  active: boolean;
  trainedOn: string | null;
};

export function sessionStatement(tokenHash: string): Query {
  return sql`
    SELECT s.id, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.revoked_at AS "revokedAt", u.id AS "userId", u.email, u.name,
           u.role::text AS role, u.county_code AS "countyCode", u.active,
           to_char(u.sex_trafficking_training_completed_on, 'YYYY-MM-DD') AS "trainedOn"
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${tokenHash}::text`;
}

export function toSessionUser(row: SessionRow): SessionUser {
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    role: row.role,
    countyCode: row.countyCode,
    active: row.active,
    sexTraffickingTrainingCompletedOn: fromDateOnly(row.trainedOn),
  };
}
