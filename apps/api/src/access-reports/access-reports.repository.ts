import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { ReferenceRepository } from '../reference/reference.repository';
import { toDateOnly } from '../users/user.mapper';
import type { ReportRow } from './report.include';
import { loadReport } from './report-load.sql';

type Db = PrismaService | Prisma.TransactionClient;
@Injectable()
export class AccessReportsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reference: ReferenceRepository,
  ) {}

  /** The report, if it exists in the user's county; otherwise 404, as if it did not exist. */
  async findScoped(id: string, user: SessionUser, db: Db = this.prisma): Promise<ReportRow> {
    if (!isUuid(id)) throw new NotFound('Access report');
    const row = await loadReport(db === this.prisma ? this.prisma.pool : db, id);
    if (!row || row.countyCode !== user.countyCode) throw new NotFound('Access report');
    return row;
  }

  /** Locks the report row for the rest of the transaction (one writer at a time), scoped as above. */
  async lockScoped(tx: Prisma.TransactionClient, id: string, user: SessionUser): Promise<ReportRow> {
    if (!isUuid(id)) throw new NotFound('Access report');
    await tx.$queryRaw`SELECT id FROM access_reports WHERE id = ${id}::uuid FOR UPDATE`;
    return this.findScoped(id, user, tx);
  }

  async load(id: string, db: Db = this.prisma): Promise<ReportRow> {
    const row = await loadReport(db === this.prisma ? this.prisma.pool : db, id);
    if (!row) throw new NotFound('Access report');
    return row;
  }

  /** The holiday calendar as the clocks read it, at the time they read it. */
  async holidays(db: Db = this.prisma): Promise<string[]> {
    const rows = await db.holiday.findMany({ select: { date: true } });
    return rows.map((r) => toDateOnly(r.date)!);
  }

  async countyExists(code: string): Promise<boolean> {
    return (await this.reference.counties()).some((c) => c.code === code);
  }
}
