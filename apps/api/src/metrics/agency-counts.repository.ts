import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { type AgencyCountsRow, agencyCountsStatement } from './agency-counts.statements';

@Injectable()
export class AgencyCountsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The overdue clocks and open episodes as of `now`: the statewide row (county null) first. */
  async counts(now: Date): Promise<AgencyCountsRow[]> {
    const rows = await run<AgencyCountsRow>(this.prisma.pool, 'metrics-agency-counts', agencyCountsStatement(now));
    return rows.sort((a, b) => (a.county === null ? -1 : b.county === null ? 1 : a.county.localeCompare(b.county)));
  }
}
