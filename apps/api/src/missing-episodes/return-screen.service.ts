import { draftSchema, type ReturnScreening, returnScreenDraft, screeningOpensReport } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import type { RequestMeta } from '../access-reports/use-case.context';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import type { Tx } from '../common/transactions';

type ScreenedEpisode = { id: string; countyCode: string; personId: string; learnedAt: Date; locatedAt: Date | null };

/**
 * RETURN-SCREEN: a return screening that records any trafficking indicator opens a new draft access
 * report, through the access report's own create path (numbered, its people linked as intake links
 * them), created by and assigned to the screener, audited as `report.created` with its cause.
 */
@Injectable()
export class ReturnScreenService {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The new report's id; null when the screen found no indicator (no report). Inside the caller's transaction. */
  async openReport(
    tx: Tx,
    episode: ScreenedEpisode,
    screening: ReturnScreening,
    screener: SessionUser,
    meta: RequestMeta,
  ): Promise<string | null> {
    if (!screeningOpensReport(screening)) return null;
    const draft = draftSchema.parse(returnScreenDraft(episode, screening, screener));
    const reportId = await this.reports.create(tx, draft, screener);
    await this.audit.record(
      {
        userId: screener.id,
        action: 'report.created',
        entityType: 'AccessReport',
        entityId: reportId,
        reportId,
        ip: meta.ip,
        details: { cause: 'missing_episode.return_screening', missingEpisodeId: episode.id },
      },
      tx,
    );
    return reportId;
  }
}
