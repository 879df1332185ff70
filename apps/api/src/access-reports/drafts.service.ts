import {
  addDays,
  chicagoMidnight,
  type Draft,
  draftIssues,
  draftSchema,
  draftUpdateSchema,
  editConflict,
  reportListQuerySchema,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { InvalidInput } from '../common/domain-error';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { Transactions, type Tx } from '../common/transactions';
import type { OriginalRow } from './access-report.columns';
import { AccessReportsRepository } from './access-reports.repository';
import { draftDuplicateOf, isAllNew, newReportRow, partsUnchanged, reportColumns } from './draft-rows';
import { type ReportDto, toReportDto, toSummary } from './report.mapper';
import { ReportListRepository } from './report-list.repository';
import { type RequestMeta, refuseIf, reportDocument } from './use-case.context';

/** The 400 of a duplicate recommendation naming no report of the county (another county's included). */
export const NO_SUCH_ORIGINAL = 'is not a report of your county: choose the original from the reports listed';

/** A worker writes a report: create it, autosave it, read it, list the county's reports. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly lists: ReportListRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * 400s that need the database: the county exists; the original a duplicate recommendation names
   * is a report of it (answered as the original, for the response). Then the document's own checks.
   */
  private async checkDraft(draft: Draft): Promise<OriginalRow | null> {
    if (!(await this.reports.countyExists(draft.countyCode))) {
      throw new InvalidInput([{ path: 'countyCode', message: 'is not a Wisconsin county code' }]);
    }
    const issues = draftIssues(draft, new Date());
    if (issues.length) throw new InvalidInput(issues);
    const named = draftDuplicateOf(draft.recommendation);
    if (!named) return null;
    const original = await this.reports.findOriginal(named, draft.countyCode);
    // Another county's report is answered as one that does not exist: nothing about it leaks.
    if (!original) throw new InvalidInput([{ path: 'recommendation.duplicateOfReportId', message: NO_SUCH_ORIGINAL }]);
    return original;
  }

  /** A new draft: 403 for another county, 400 for a bad document; once per Idempotency-Key. */
  async create(body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    // 403 before 400: a valid county that is not yours is refused before the rest is read.
    const county = (body as { countyCode?: unknown } | null)?.countyCode;
    if (typeof county === 'string' && county !== user.countyCode && (await this.reports.countyExists(county))) {
      throw new ForbiddenException('You may create reports only in your own county');
    }
    const draft = parseBody(draftSchema, body);
    const original = await this.checkDraft(draft);
    // The usual call: one statement, atomic on its own, so no transaction around it.
    if (isAllNew(draft) && meta.idempotencyKey === undefined) return this.createAllNew(draft, user, meta, original);
    const route = 'POST /api/access-reports';
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      route,
      body,
      async (tx) => {
        if (isAllNew(draft)) return this.createAllNew(draft, user, meta, original, tx);
        // People linked by search bring their earlier records: the general path, in the transaction.
        const id = await this.reports.create(tx, draft, user);
        const event = { userId: user.id, action: 'report.created', entityType: 'AccessReport', ip: meta.ip };
        await this.audit.record({ ...event, entityId: id, reportId: id }, tx);
        return { status: 201, body: await reportDocument(this.reports, id, user, tx) };
      },
      meta.ip,
    );
  }

  /** Written with its audit event in one statement, and answered without reading it back. */
  private async createAllNew(
    draft: Draft,
    user: SessionUser,
    meta: RequestMeta,
    original: OriginalRow | null,
    tx?: Tx,
  ): Promise<Stored<ReportDto>> {
    const now = new Date();
    const row = newReportRow(draft, user, now, original);
    const { reportNumber, holidays } = await this.reports.createAllNew(row, meta.ip, tx);
    return {
      status: 201,
      body: toReportDto({ ...row, reportNumber, updatedBy: user }, { holidays, now, actor: user }),
    };
  }

  /** An autosave: 404, 400, then 409 unless it is a draft at the version the client read. */
  async update(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const current = await this.reports.findScoped(id, user);
    const { version, ...draft } = parseBody(draftUpdateSchema, body);
    if (draft.countyCode !== current.countyCode) {
      throw new InvalidInput([{ path: 'countyCode', message: 'a report cannot move to another county' }]);
    }
    await this.checkDraft(draft);
    // The usual autosave (only the report's own fields moved since the version read): one statement.
    if (editConflict(current, version) === null && partsUnchanged(current, draft)) {
      const change = { reportId: id, version, userId: user.id, ip: meta.ip, at: new Date() };
      const saved = await this.reports.saveDraft(change, draft);
      if (saved) {
        const { holidays, ...moved } = saved;
        return toReportDto(
          { ...current, ...reportColumns(draft), ...moved, updatedBy: user },
          { holidays, now: new Date(), actor: user },
        );
      }
      // Another save got there first: the locked path below answers what the report has become.
    }
    return this.transactions.run(async (tx) => {
      const row = await this.reports.lockScoped(tx, id, user);
      refuseIf(editConflict(row, version));
      const saved = await this.reports.saveDraftColumns(tx, id, draft);
      const event = { userId: user.id, action: 'report.draft_saved', entityType: 'AccessReport', ip: meta.ip };
      await this.audit.record({ ...event, entityId: id, reportId: id }, tx);
      if (partsUnchanged(row, draft)) {
        // The usual autosave: only the report's own fields moved; answer without reading it back.
        const holidays = await this.reports.holidays(tx);
        return toReportDto(
          { ...row, ...reportColumns(draft), ...saved, updatedBy: user },
          { holidays, now: new Date(), actor: user },
        );
      }
      await this.reports.saveDraftParts(tx, row, draft);
      return reportDocument(this.reports, id, user, tx);
    });
  }

  /** One report, read: every read is on its trail. */
  async get(id: string, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const event = { userId: user.id, action: 'report.read', entityType: 'AccessReport', ip: meta.ip };
    await this.audit.record({ ...event, entityId: id, reportId: id });
    return toReportDto(row, { holidays: await this.reports.holidays(), now: new Date(), actor: user });
  }

  /** A page of the county's reports, to triage. */
  async list(query: unknown, user: SessionUser, ip?: string) {
    const q = parseBody(reportListQuerySchema, query);
    // One instant for the SQL that filters and sorts by clock status and for the clocks shown.
    const now = new Date();
    const filter = {
      countyCode: user.countyCode ?? '',
      status: q.status ?? null,
      from: q.from ? chicagoMidnight(q.from) : null,
      to: q.to ? chicagoMidnight(addDays(q.to, 1)) : null,
      q: q.q ?? null,
      assignedToId: q.assignedTo === 'me' ? user.id : (q.assignedTo ?? null),
      openClock: q.openClock === 'true',
      now,
    };
    const page = { offset: (q.page - 1) * q.pageSize, limit: q.pageSize };
    const [{ rows, total }, holidays] = await Promise.all([
      this.lists.list(filter, page, q.sort),
      this.reports.holidays(),
    ]);
    // A list shows children's names: who listed what is on the trail (the filters, never a name,
    // so a search is recorded as made, not what it was).
    const filters = {
      status: filter.status,
      from: q.from ?? null,
      to: q.to ?? null,
      page: q.page,
      pageSize: q.pageSize,
      // The newer filters only when used, so that a plain list's event keeps its shape.
      ...(q.q !== undefined && { search: true }),
      ...(q.assignedTo !== undefined && { assignedTo: q.assignedTo }),
      ...(filter.openClock && { openClock: true }),
      ...(q.sort !== 'newest' && { sort: q.sort }),
    };
    await this.audit.record({
      userId: user.id,
      action: 'report.listed',
      entityType: 'AccessReportList',
      ip,
      details: { countyCode: user.countyCode, filters, total },
    });
    return { items: rows.map((row) => toSummary(toReportDto(row, { holidays, now, actor: user }))), total };
  }
}
