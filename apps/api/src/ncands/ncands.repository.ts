import { addDays, chicagoMidnight, fiscalYearPeriod, type NcandsChildFacts } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { type NcandsRow, ncandsFactsStatement } from './ncands.statement';

@Injectable()
export class NcandsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Every child of the fiscal year's file, as facts for the domain's extract. */
  async childFacts(fiscalYear: number): Promise<NcandsChildFacts[]> {
    const period = fiscalYearPeriod(fiscalYear);
    const statement = ncandsFactsStatement(chicagoMidnight(period.from), chicagoMidnight(addDays(period.to, 1)));
    return run<NcandsRow>(this.prisma.pool, 'ncands-child-file', statement);
  }
}
