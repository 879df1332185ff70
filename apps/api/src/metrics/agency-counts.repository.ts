import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { type AgencyCountsRow, agencyCountsStatement } from './agency-counts.statements';

@Injectable()
export class AgencyCountsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The overdue clocks and open episodes as of `now`: the statewide row (county null) first, then by county. */
  async counts(now: Date): Promise<AgencyCountsRow[]> {
    return run<AgencyCountsRow>(this.prisma.pool, 'metrics-agency-counts', agencyCountsStatement(now));
  }
}
