import type { IdentifierMatch } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound } from '../common/domain-error';
import { IdentifierMatchesRepository } from './identifier-matches.repository';
import type { RequestMeta } from './use-case.context';

/**
 * Which other reports name the same trafficker or buyer identifiers as this one: the caller's
 * county in full, other counties only as counts by county and month, so the worker knows whom
 * to call. A disclosure: audited with the report and the counts, never the values.
 */
@Injectable()
export class IdentifierMatchesService {
  constructor(
    private readonly matches: IdentifierMatchesRepository,
    private readonly audit: AuditService,
  ) {}

  async forReport(id: string, user: SessionUser, meta: RequestMeta): Promise<IdentifierMatch[]> {
    const county = await this.matches.countyOf(id);
    if (!county || county !== user.countyCode) throw new NotFound('Access report');
    const found = await this.matches.matches(id, county);
    await this.audit.record({
      userId: user.id,
      action: 'report.identifier_matches_read',
      entityType: 'AccessReport',
      entityId: id,
      reportId: id,
      ip: meta.ip,
      details: {
        identifiers: found.length,
        matched: found.filter((m) => m.reports.length > 0 || m.otherCounties.length > 0).length,
        ownCountyReports: found.reduce((n, m) => n + m.reports.length, 0),
        otherCountyReports: found.reduce((n, m) => n + m.otherCounties.reduce((k, c) => k + c.reports, 0), 0),
      },
    });
    return found;
  }
}
