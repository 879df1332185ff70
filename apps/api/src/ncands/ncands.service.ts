import {
  type NcandsQuery,
  type NcandsValidation,
  ncandsCsv,
  ncandsCsvFileName,
  ncandsRecords,
  ncandsValidation,
} from '@cps/domain';
import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { NcandsRepository } from './ncands.repository';

type Actor = { user: SessionUser; ip: string };

/**
 * The NCANDS Child File (docs/statistics.md): admins only, statewide. The validation report is read
 * before the download; a year with no record is refused as a file (422), never sent blank. Each
 * request is a statistics event with its fiscal year.
 */
@Injectable()
export class NcandsService {
  constructor(
    private readonly repository: NcandsRepository,
    private readonly audit: AuditService,
  ) {}

  async validation(query: NcandsQuery, actor: Actor): Promise<NcandsValidation> {
    const facts = await this.repository.childFacts(query.fiscalYear);
    const result = ncandsValidation(query.fiscalYear, facts);
    await this.requested('ncands-child-file/validation', query, actor, result.records);
    return result;
  }

  async csv(query: NcandsQuery, actor: Actor): Promise<{ fileName: string; csv: string }> {
    const facts = await this.repository.childFacts(query.fiscalYear);
    const records = ncandsRecords(query.fiscalYear, facts);
    await this.requested('ncands-child-file.csv', query, actor, records.length);
    if (records.length === 0) {
      const [problem] = ncandsValidation(query.fiscalYear, facts).problems;
      throw new UnprocessableEntityException(problem);
    }
    return { fileName: ncandsCsvFileName(query.fiscalYear), csv: ncandsCsv(records) };
  }

  private requested(report: string, query: NcandsQuery, { user, ip }: Actor, records: number): Promise<void> {
    return this.audit.record({
      userId: user.id,
      action: 'statistics.requested',
      entityType: 'Statistics',
      entityId: report,
      ip,
      details: { report, fiscalYear: query.fiscalYear, countyCode: null, records },
    });
  }
}
