import {
  assembleComplianceReport,
  assembleSexTraffickingReport,
  type ComplianceQuery,
  type ComplianceReport,
  type ReportScope,
  type SexTraffickingQuery,
  type SexTraffickingReport,
  type SexTraffickingResponse,
  sexTraffickingCsv,
  sexTraffickingCsvFileName,
  suppressReport,
  toCountyReport,
  todayInChicago,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { ReferenceRepository } from '../reference/reference.repository';
import { ComplianceRepository } from './compliance.repository';
import { SexTraffickingRepository } from './sex-trafficking.repository';

type Actor = { user: SessionUser; ip: string };

/**
 * Admins see the state; a supervisor sees the same reports for their own county only. Every
 * statistics request is an event: which report, its period, the county scope, and whether it was
 * the suppressed public version; recorded once the report is made.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly sexTraffickingRepository: SexTraffickingRepository,
    private readonly clocks: ComplianceRepository,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditService,
  ) {}

  async sexTrafficking(query: SexTraffickingQuery, actor: Actor): Promise<SexTraffickingResponse> {
    const report = await this.sexTraffickingReport(query, actor.user);
    await this.requested('sex-trafficking', query, actor);
    return report;
  }

  async sexTraffickingCsv(query: SexTraffickingQuery, actor: Actor): Promise<{ fileName: string; csv: string }> {
    const report = await this.sexTraffickingReport(query, actor.user);
    const file = { fileName: sexTraffickingCsvFileName(report), csv: sexTraffickingCsv(report) };
    await this.requested('sex-trafficking.csv', query, actor);
    return file;
  }

  async compliance(query: ComplianceQuery, actor: Actor): Promise<ComplianceReport> {
    const scope = await this.scopeOf(actor.user);
    const period = { from: query.from, to: query.to };
    const asOf = new Date();
    const rows = await this.clocks.rows(period, scope.countyCode, asOf, todayInChicago(asOf));
    const report = assembleComplianceReport({ period, scope, asOf, rows });
    await this.requested('compliance', query, actor);
    return report;
  }

  /** Statewide for an admin; for a supervisor one column, their county (counted alone, then suppressed if asked). */
  private async sexTraffickingReport(query: SexTraffickingQuery, user: SessionUser): Promise<SexTraffickingResponse> {
    const scope = await this.scopeOf(user);
    const period = { from: query.from, to: query.to };
    const aggregates = await this.sexTraffickingRepository.sexTraffickingAggregates(period, scope.countyCode);
    const counted = assembleSexTraffickingReport({ period, scope, generatedAt: new Date(), aggregates });
    const report: SexTraffickingReport = query.suppress ? suppressReport(counted, aggregates.rates) : counted;
    return scope.countyCode === null ? report : toCountyReport(report);
  }

  private async scopeOf(user: SessionUser): Promise<ReportScope> {
    if (user.role === 'ADMIN') return { countyCode: null, countyName: null };
    // A supervisor without a county would otherwise see the whole state.
    if (!user.countyCode) throw new ForbiddenException('Your account has no county; ask an admin to set it');
    const county = (await this.reference.counties()).find((c) => c.code === user.countyCode);
    return { countyCode: user.countyCode, countyName: county?.name ?? null };
  }

  private requested(
    report: string,
    query: { from: string; to: string; suppress?: boolean },
    { user, ip }: Actor,
  ): Promise<void> {
    const details = {
      report,
      from: query.from,
      to: query.to,
      countyCode: user.role === 'ADMIN' ? null : user.countyCode,
      suppressed: query.suppress ?? false,
    };
    return this.audit.record({
      userId: user.id,
      action: 'statistics.requested',
      entityType: 'Statistics',
      entityId: report,
      ip,
      details,
    });
  }
}
