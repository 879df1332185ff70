import {
  type Draft,
  decisionSchema,
  decisionViolations,
  draftIssues,
  draftSchema,
  draftUpdateSchema,
  lawEnforcementNotificationSchema,
  submitIssues,
  submitSchema,
  submitViolations,
  tribalNotificationSchema,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, InvalidInput, RuleViolation } from '../common/domain-error';
import { IdempotencyService, type Stored, TX } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { PrismaService } from '../common/prisma.service';
import { one, run, runOn } from '../common/sql';
import type { Prisma } from '../generated/prisma/client';
import type { ResponseTime, ScreeningChoice, ScreenOutReason } from '../generated/prisma/enums';
import { toDateOnly } from '../users/user.mapper';
import { AccessReportsRepository } from './access-reports.repository';
import { reportColumns, writeDraftParts } from './draft.writer';
import { isAllNew, newReportRow, newReportStatement } from './new-report.sql';
import type { ReportRow } from './report.include';
import { type ReportDto, toDraftDocument, toReportDto } from './report.mapper';
import { nextReportNumber } from './report-number.sql';
import { decideStatement, type ScreeningResult, submitStatement } from './screening.sql';
import { partsUnchanged } from './unchanged-parts';

type Tx = Prisma.TransactionClient;
export type RequestMeta = { ip?: string; idempotencyKey?: string };

const actorOf = (user: SessionUser) => ({
  sexTraffickingTrainingCompletedOn: toDateOnly(user.sexTraffickingTrainingCompletedOn),
});

@Injectable()
export class AccessReportsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  private async view(id: string, user: SessionUser, db: Tx | PrismaService = this.prisma): Promise<ReportDto> {
    // One after the other: a transaction is one connection.
    const row = await this.reports.load(id, db);
    return toReportDto(row, { holidays: await this.reports.holidays(db), now: new Date(), actor: user });
  }

  /** 400s that need the database: the county exists. Then the document's own checks. */
  private async checkDraft(draft: Draft): Promise<void> {
    if (!(await this.reports.countyExists(draft.countyCode))) {
      throw new InvalidInput([{ path: 'countyCode', message: 'is not a Wisconsin county code' }]);
    }
    const issues = draftIssues(draft, new Date());
    if (issues.length) throw new InvalidInput(issues);
  }

  async create(body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    // 403 before 400: a valid county that is not yours is refused before the rest is read.
    const county = (body as { countyCode?: unknown } | null)?.countyCode;
    if (typeof county === 'string' && county !== user.countyCode && (await this.reports.countyExists(county))) {
      throw new ForbiddenException('You may create reports only in your own county');
    }
    const draft = parseBody(draftSchema, body);
    await this.checkDraft(draft);
    const insertAllNew = async (db: Pool | Tx): Promise<Stored<ReportDto>> => {
      const now = new Date();
      const row = newReportRow(draft, user, now);
      const { reportNumber, holidays } = await one(
        runOn<{ reportNumber: string; holidays: string[] }>(db, 'report-create', newReportStatement(row, meta.ip)),
      );
      return { status: 201, body: toReportDto({ ...row, reportNumber }, { holidays, now, actor: user }) };
    };
    // The usual call: one statement, atomic on its own, so no transaction around it.
    if (isAllNew(draft) && meta.idempotencyKey === undefined) return insertAllNew(this.prisma.pool);
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      'POST /api/access-reports',
      body,
      async (tx) => {
        if (isAllNew(draft)) return insertAllNew(tx);
        // The number counts in the Chicago year of created_at, so both are taken from the same instant.
        const createdAt = new Date();
        const reportNumber = await nextReportNumber(tx, draft.countyCode, createdAt);
        const report = await tx.accessReport.create({
          data: { ...reportColumns(draft), reportNumber, createdAt, createdById: user.id },
          select: { id: true },
        });
        await writeDraftParts(tx, report.id, draft, true);
        await this.audit.record(
          {
            userId: user.id,
            action: 'report.created',
            entityType: 'AccessReport',
            entityId: report.id,
            reportId: report.id,
            ip: meta.ip,
          },
          tx,
        );
        return { status: 201, body: await this.view(report.id, user, tx) };
      },
      meta.ip,
    );
  }

  async update(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const current = await this.reports.findScoped(id, user);
    const { version, ...draft } = parseBody(draftUpdateSchema, body);
    if (draft.countyCode !== current.countyCode) {
      throw new InvalidInput([{ path: 'countyCode', message: 'a report cannot move to another county' }]);
    }
    await this.checkDraft(draft);
    return this.prisma.$transaction(async (tx) => {
      const row = await this.reports.lockScoped(tx, id, user);
      assertEditable(row, version);
      const columns = reportColumns(draft);
      const saved = await tx.accessReport.update({
        where: { id },
        data: { ...columns, version: { increment: 1 } },
        select: { version: true, updatedAt: true },
      });
      await this.audit.record(
        {
          userId: user.id,
          action: 'report.draft_saved',
          entityType: 'AccessReport',
          entityId: id,
          reportId: id,
          ip: meta.ip,
        },
        tx,
      );
      if (partsUnchanged(row, draft)) {
        // The usual autosave: only the report's own fields moved; answer without reading it back.
        return toReportDto(
          { ...row, ...columns, ...saved },
          { holidays: await this.reports.holidays(tx), now: new Date(), actor: user },
        );
      }
      await writeDraftParts(tx, id, draft);
      return this.view(id, user, tx);
    }, TX);
  }

  async get(id: string, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    await this.audit.record({
      userId: user.id,
      action: 'report.read',
      entityType: 'AccessReport',
      entityId: id,
      reportId: id,
      ip: meta.ip,
    });
    return toReportDto(row, { holidays: await this.reports.holidays(), now: new Date(), actor: user });
  }

  async submit(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(submitSchema, body);
    const document = toDraftDocument(row) as unknown as Draft;
    const recommendation = input.recommendation ?? document.recommendation ?? null;
    const issues = submitIssues(document, recommendation);
    if (issues.length) throw new InvalidInput(issues);
    assertEditable(row, input.version);
    const refused = submitViolations(document, recommendation!, actorOf(user))[0];
    if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);
    const choice = choiceOf({ ...recommendation!, decision: recommendation!.decision! });
    const at = new Date();
    const { moved, holidays } = await one(
      run<ScreeningResult>(
        this.prisma.pool,
        'report-submit',
        submitStatement({ reportId: id, version: input.version, userId: user.id, ip: meta.ip, at }, choice),
      ),
    );
    if (!moved) throw new Conflict('The report changed while it was being submitted; reload it to see what changed');
    const submitted: ReportRow = {
      ...row,
      status: 'AWAITING_SUPERVISOR',
      version: row.version + 1,
      submittedAt: at,
      updatedAt: at,
      recommendation: {
        reportId: id,
        ...choice,
        recommendedById: user.id,
        recommendedAt: at,
        recommendedBy: { id: user.id, name: user.name },
      },
    };
    return toReportDto(submitted, { holidays, now: at, actor: user });
  }

  async decide(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(decisionSchema, body);
    if (row.status !== 'AWAITING_SUPERVISOR') {
      throw new Conflict(
        row.status === 'DRAFT'
          ? 'The report has not been submitted yet'
          : 'The report has already been decided; decisions are final',
      );
    }
    if (row.version !== input.version) throw stale(row.version);
    const refused = decisionViolations(toDraftDocument(row) as unknown as Draft, input, actorOf(user))[0];
    if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);
    const choice = { ...choiceOf(input), rationale: input.rationale };
    const at = new Date();
    const { moved, holidays } = await one(
      run<ScreeningResult>(
        this.prisma.pool,
        'report-decide',
        decideStatement({ reportId: id, version: input.version, userId: user.id, ip: meta.ip, at }, choice),
      ),
    );
    if (!moved)
      throw new Conflict(
        'Someone else decided this report a moment ago; decisions are final. Reload it to see the decision.',
      );
    const decided: ReportRow = {
      ...row,
      status: input.decision === 'SCREEN_IN' ? 'SCREENED_IN' : 'SCREENED_OUT',
      version: row.version + 1,
      updatedAt: at,
      decision: {
        reportId: id,
        ...choice,
        decidedById: user.id,
        decidedAt: at,
        decidedBy: { id: user.id, name: user.name },
      },
    };
    return toReportDto(decided, { holidays, now: at, actor: user });
  }

  notifyLawEnforcement(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    return this.recordNotification(
      id,
      body,
      user,
      meta,
      lawEnforcementNotificationSchema,
      'law-enforcement-notifications',
      'report.law_enforcement_notified',
      (tx, input) =>
        tx.lawEnforcementNotification.create({
          data: {
            reportId: id,
            notifiedAt: new Date(input.notifiedAt),
            agency: input.agency,
            method: input.method,
            contactName: input.contactName ?? null,
            recordedById: user.id,
          },
        }),
    );
  }

  notifyTribe(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<ReportDto>> {
    return this.recordNotification(
      id,
      body,
      user,
      meta,
      tribalNotificationSchema,
      'tribal-notifications',
      'report.tribe_notified',
      (tx, input) =>
        tx.tribalNotification.create({
          data: {
            reportId: id,
            notifiedAt: new Date(input.notifiedAt),
            tribe: input.tribe,
            method: input.method,
            contactName: input.contactName ?? null,
            recordedById: user.id,
          },
        }),
    );
  }

  /** A notification of either kind (404, then 400): written with the report's version bump and audit event, once per Idempotency-Key. */
  private async recordNotification<I extends { notifiedAt: string }>(
    id: string,
    body: unknown,
    user: SessionUser,
    meta: RequestMeta,
    schema: z.ZodType<I>,
    path: string,
    action: string,
    write: (tx: Tx, input: I) => Promise<unknown>,
  ): Promise<Stored<ReportDto>> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(schema, body);
    checkNotifiedAt(input.notifiedAt, row);
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      `POST /api/access-reports/${id}/${path}`,
      body,
      async (tx) => {
        await this.reports.lockScoped(tx, id, user);
        await write(tx, input);
        await tx.accessReport.update({ where: { id }, data: { version: { increment: 1 } }, select: { id: true } });
        await this.audit.record(
          { userId: user.id, action, entityType: 'AccessReport', entityId: id, reportId: id, ip: meta.ip },
          tx,
        );
        return { status: 201, body: await this.view(id, user, tx) };
      },
      meta.ip,
    );
  }
}

function stale(current: number): Conflict {
  return new Conflict(
    `The report changed since you read it: version ${current} is current. Reload it to see what changed.`,
  );
}

/** Only a draft at the version the client read may change. */
function assertEditable(row: ReportRow, version: number): void {
  if (row.status !== 'DRAFT') throw new Conflict('The report was submitted and can no longer be edited');
  if (row.version !== version) throw stale(row.version);
}

/** The recommendation or decision as stored: the reason only for a screen-out, the response time only for a screen-in. */
function choiceOf(r: {
  decision: ScreeningChoice;
  screenOutReason?: ScreenOutReason | null;
  responseTime?: ResponseTime | null;
  rationale?: string | null;
}) {
  return {
    decision: r.decision,
    screenOutReason: r.decision === 'SCREEN_OUT' ? (r.screenOutReason ?? null) : null,
    responseTime: r.decision === 'SCREEN_IN' ? (r.responseTime ?? null) : null,
    rationale: r.rationale ?? null,
  };
}

const FIVE_MINUTES = 5 * 60_000;

function checkNotifiedAt(notifiedAt: string, row: ReportRow): void {
  const at = new Date(notifiedAt).getTime();
  if (at > Date.now() + FIVE_MINUTES)
    throw new InvalidInput([{ path: 'notifiedAt', message: 'must not be in the future' }]);
  if (row.receivedAt && at < row.receivedAt.getTime()) {
    throw new InvalidInput([{ path: 'notifiedAt', message: 'must not be before the report was received' }]);
  }
}
