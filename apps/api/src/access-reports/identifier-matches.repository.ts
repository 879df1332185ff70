import type { IdentifierMatch } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { identifierMatchesStatement, type MatchRow, reportCountyStatement } from './identifier-matches.statements';

type OwnReport = IdentifierMatch['reports'][number];

/** The look-up of trafficking identifiers across reports. */
@Injectable()
export class IdentifierMatchesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The county of the report, or null when there is no such report. */
  async countyOf(id: string): Promise<string | null> {
    if (!isUuid(id)) return null;
    const [row] = await run<{ countyCode: string }>(this.prisma.pool, 'report-county', reportCountyStatement(id));
    return row?.countyCode ?? null;
  }

  async matches(reportId: string, countyCode: string): Promise<IdentifierMatch[]> {
    const rows = await run<MatchRow>(
      this.prisma.pool,
      'identifier-matches',
      identifierMatchesStatement(reportId, countyCode),
    );
    return rows.map((r) => ({
      identifierKey: r.identifierKey,
      kind: r.kind as IdentifierMatch['kind'],
      normalized: r.normalized,
      reports: (JSON.parse(r.own) as OwnReport[]).map((x) => ({
        ...x,
        receivedAt: x.receivedAt ? new Date(x.receivedAt).toISOString() : null,
      })),
      otherCounties: JSON.parse(r.others) as IdentifierMatch['otherCounties'],
    }));
  }
}
