import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import type { Tx } from '../common/transactions';
import type { FindingValue, ParentalInvolvement } from '../generated/prisma/enums';

export type FindingRecord = {
  finding: FindingValue;
  maltreaterInterviewed: boolean;
  parentalInvolvement: ParentalInvolvement | null;
  rationale: string;
  recordedById: string;
  recordedAt: Date;
};

@Injectable()
export class FindingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The report an allegation belongs to; null when there is no such allegation (ids are opaque to clients). */
  async reportIdOf(allegationId: string): Promise<string | null> {
    if (!isUuid(allegationId)) return null;
    const allegation = await this.prisma.allegation.findUnique({
      where: { id: allegationId },
      select: { reportId: true },
    });
    return allegation?.reportId ?? null;
  }

  /** Records or corrects the finding; the report's version moves on, as for any change to it. */
  async save(allegationId: string, reportId: string, finding: FindingRecord, tx: Tx): Promise<void> {
    await tx.finding.upsert({ where: { allegationId }, create: { allegationId, ...finding }, update: finding });
    await tx.accessReport.update({
      where: { id: reportId },
      data: { version: { increment: 1 } },
      select: { id: true },
    });
  }
}
