import {
  assembleComplianceReport,
  assembleSexTraffickingReport,
  type ComplianceQuery,
  type ComplianceReport,
  type ReportScope,
  type SexTraffickingQuery,
  type SexTraffickingReport,
  sexTraffickingCsv,
  sexTraffickingCsvFileName,
  suppressReport,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { ReferenceRepository } from '../reference/reference.repository';
import { ComplianceRepository } from './compliance.repository';
import { SexTraffickingRepository } from './sex-trafficking.repository';

/** Admins see the state; a supervisor sees the same reports for their own county only. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly sexTraffickingRepository: SexTraffickingRepository,
    private readonly clocks: ComplianceRepository,
    private readonly reference: ReferenceRepository,
  ) {}

  async sexTrafficking(query: SexTraffickingQuery, user: SessionUser): Promise<SexTraffickingReport> {
    const scope = await this.scopeOf(user);
    const period = { from: query.from, to: query.to };
    const aggregates = await this.sexTraffickingRepository.sexTraffickingAggregates(period, scope.countyCode);
    const report = assembleSexTraffickingReport({ period, scope, generatedAt: new Date(), aggregates });
    return query.suppress ? suppressReport(report, aggregates.rates) : report;
  }

  async sexTraffickingCsv(query: SexTraffickingQuery, user: SessionUser): Promise<{ fileName: string; csv: string }> {
    const report = await this.sexTrafficking(query, user);
    return { fileName: sexTraffickingCsvFileName(report), csv: sexTraffickingCsv(report) };
  }

  async compliance(query: ComplianceQuery, user: SessionUser): Promise<ComplianceReport> {
    const scope = await this.scopeOf(user);
    const period = { from: query.from, to: query.to };
    const asOf = new Date();
    const rows = await this.clocks.rows(period, scope.countyCode, asOf);
    return assembleComplianceReport({ period, scope, asOf, rows });
  }

  private async scopeOf(user: SessionUser): Promise<ReportScope> {
    if (user.role === 'ADMIN') return { countyCode: null, countyName: null };
    // A supervisor without a county would otherwise see the whole state.
    if (!user.countyCode) throw new ForbiddenException('Your account has no county; ask an admin to set it');
    const county = (await this.reference.counties()).find((c) => c.code === user.countyCode);
    return { countyCode: user.countyCode, countyName: county?.name ?? null };
  }
}
