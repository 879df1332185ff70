import type { AssignmentNotice, Colleague } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { one, run, runOn } from '../common/sql';
import type { Tx } from '../common/transactions';
import {
  type AssignmentKindColumn,
  assignStatement,
  colleagueStatement,
  colleaguesStatement,
  discardStatement,
  noticesStatement,
  transferStatement,
  type Who,
} from './handover.statements';

type Moved = { moved: number };

/** The writes and reads of hand-overs: assignment, discard, transfer, colleagues and notices. */
@Injectable()
export class HandoverRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** An active access worker or supervisor of the county; null when `userId` is none. */
  async colleague(userId: string, countyCode: string, tx?: Tx): Promise<Colleague | null> {
    if (!isUuid(userId)) return null;
    const [row] = await runOn<Colleague>(tx ?? this.prisma.pool, 'colleague', colleagueStatement(userId, countyCode));
    return row ?? null;
  }

  colleagues(countyCode: string): Promise<Colleague[]> {
    return run<Colleague>(this.prisma.pool, 'colleagues', colleaguesStatement(countyCode));
  }

  async notices(userId: string, countyCode: string, since: Date): Promise<AssignmentNotice[]> {
    const rows = await run<Omit<AssignmentNotice, 'at'> & { at: Date }>(
      this.prisma.pool,
      'assignment-notices',
      noticesStatement(userId, countyCode, since),
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }

  async assign(
    tx: Tx,
    reportId: string,
    kind: AssignmentKindColumn,
    from: string | null,
    to: string,
    who: Who,
  ): Promise<boolean> {
    const { moved } = await one(runOn<Moved>(tx, 'report-assign', assignStatement(reportId, kind, from, to, who)));
    return moved === 1;
  }

  async discard(tx: Tx, reportId: string, reason: string, who: Who): Promise<boolean> {
    const { moved } = await one(runOn<Moved>(tx, 'report-discard', discardStatement(reportId, reason, who)));
    return moved === 1;
  }

  async transfer(tx: Tx, reportId: string, from: string, to: string, reason: string, who: Who): Promise<boolean> {
    const statement = transferStatement(reportId, from, to, reason, who);
    const { moved } = await one(runOn<Moved>(tx, 'report-transfer', statement));
    return moved === 1;
  }
}
