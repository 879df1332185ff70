import type { SessionUser } from '../common/auth.decorators';
import { Conflict } from '../common/domain-error';
import type { Prisma } from '../generated/prisma/client';
import { toDateOnly } from '../users/user.mapper';
import type { AccessReportsRepository } from './access-reports.repository';
import { type ReportDto, toReportDto } from './report.mapper';

// What the access report's use cases share: the request's context and the answer they give.

export type RequestMeta = { ip?: string; idempotencyKey?: string };

/** The signed-in user as the rules read them (their sex trafficking training). */
export const actorOf = (user: SessionUser) => ({
  sexTraffickingTrainingCompletedOn: toDateOnly(user.sexTraffickingTrainingCompletedOn),
});

/** A 409 when a lifecycle check of the domain gives a reason. */
export function refuseIf(conflict: string | null): void {
  if (conflict !== null) throw new Conflict(conflict);
}

/** The report as stored now, as the document of docs/http-api.md (inside the caller's transaction, if given). */
export async function reportDocument(
  reports: AccessReportsRepository,
  id: string,
  user: SessionUser,
  tx?: Prisma.TransactionClient,
): Promise<ReportDto> {
  // One after the other: a transaction is one connection.
  const row = await reports.load(id, tx);
  return toReportDto(row, { holidays: await reports.holidays(tx), now: new Date(), actor: user });
}
