import crypto from 'node:crypto';
import { chicagoYear, type Draft, formatReportNumber } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { one, run, runOn } from '../common/sql';
import type { Tx } from '../common/transactions';
import { ReferenceRepository } from '../reference/reference.repository';
import {
  type FindingRow,
  LAW_ENFORCEMENT_NOTIFICATION_COLUMNS,
  type OriginalRow,
  type ReportRow,
  TRIBAL_NOTIFICATION_COLUMNS,
} from './access-report.columns';
import {
  allegationReportStatement,
  bumpVersionStatement,
  type Change,
  type Choice,
  createAllNewStatement,
  decideStatement,
  holidaysStatement,
  insertContactStatement,
  insertNotificationStatement,
  insertReportStatement,
  lockStatement,
  type NewReportRow,
  nextNumberStatement,
  type ScreeningResult,
  saveDraftStatement,
  submitStatement,
  updateDraftStatement,
  upsertFindingStatement,
} from './access-report.statements';
import { writeDraftParts } from './draft.writer';
import { newReportOwnership, reportColumns } from './draft-rows';
import {
  type DocumentRow,
  type LoadedRow,
  loadStatement,
  originalStatement,
  reviveLoaded,
  reviveOriginal,
} from './report-read.statements';

type Db = PrismaService | Tx;

/** Takes the next report number of `countyCode` in the Chicago year of `createdAt` (the report's created_at). */
export async function nextReportNumber(tx: Tx, countyCode: string, createdAt: Date): Promise<string> {
  const year = chicagoYear(createdAt);
  const { last } = await one(runOn<{ last: number }>(tx, 'report-number', nextNumberStatement(countyCode, year)));
  return formatReportNumber(countyCode, year, last);
}

type Notification = { notifiedAt: Date; method: string; contactName: string | null; recordedById: string };

/** Every read and write of the access report and its parts: the services never reach the database client. */
@Injectable()
export class AccessReportsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reference: ReferenceRepository,
  ) {}

  /** The pool for a plain call (a prepared statement), or the caller's transaction. */
  private on(db: Db): Pool | Tx {
    return db === this.prisma ? this.prisma.pool : db;
  }

  private async read(id: string, db: Db): Promise<LoadedRow | null> {
    const [row] = await runOn<DocumentRow>(this.on(db), 'report-load', loadStatement(id));
    return row ? reviveLoaded(row) : null;
  }

  /** The report, if it exists in the user's county; otherwise 404, as if it did not exist. */
  async findScoped(id: string, user: SessionUser, db: Db = this.prisma): Promise<LoadedRow> {
    if (!isUuid(id)) throw new NotFound('Access report');
    const row = await this.read(id, db);
    if (!row || row.countyCode !== user.countyCode) throw new NotFound('Access report');
    return row;
  }

  /** Locks the report row for the rest of the transaction (one writer at a time), scoped as above. */
  async lockScoped(tx: Tx, id: string, user: SessionUser): Promise<LoadedRow> {
    if (!isUuid(id)) throw new NotFound('Access report');
    await runOn(tx, 'report-lock', lockStatement(id));
    return this.findScoped(id, user, tx);
  }

  async load(id: string, db: Db = this.prisma): Promise<LoadedRow> {
    const row = await this.read(id, db);
    if (!row) throw new NotFound('Access report');
    return row;
  }

  /**
   * The report a duplicate names as its original, if it is a report of `countyCode` (DUPLICATE-OF
   * reads it); null otherwise, another county's report included, so nothing about it leaks.
   */
  async findOriginal(id: string, countyCode: string, db: Db = this.prisma): Promise<OriginalRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await runOn<DocumentRow>(this.on(db), 'report-original', originalStatement(id, countyCode));
    return row ? reviveOriginal(row) : null;
  }

  /** The holiday calendar as the clocks read it, at the time they read it. */
  async holidays(db: Db = this.prisma): Promise<string[]> {
    const { holidays } = await one(runOn<{ holidays: string[] }>(this.on(db), 'holidays', holidaysStatement));
    return holidays;
  }

  async countyExists(code: string): Promise<boolean> {
    return (await this.reference.counties()).some((c) => c.code === code);
  }

  /** A new report whose people are all new, with its audit event: one statement (see createAllNewStatement). */
  createAllNew(row: NewReportRow, ip: string | undefined, tx?: Tx) {
    const statement = createAllNewStatement(row, ip);
    return one(runOn<{ reportNumber: string; holidays: string[] }>(tx ?? this.prisma.pool, 'report-create', statement));
  }

  /** A new report of any draft, inside the caller's transaction; its id. */
  async create(tx: Tx, draft: Draft, user: SessionUser): Promise<string> {
    // The number counts in the Chicago year of created_at, so both are taken from the same instant.
    const createdAt = new Date();
    const id = crypto.randomUUID();
    const reportNumber = await nextReportNumber(tx, draft.countyCode, createdAt);
    const lifecycle = { status: 'DRAFT', version: 1, submittedAt: null } as const;
    const row = {
      id,
      reportNumber,
      ...reportColumns(draft),
      ...lifecycle,
      createdById: user.id,
      createdAt,
      updatedAt: createdAt,
      ...newReportOwnership(user),
    };
    await runOn(tx, 'report-insert', insertReportStatement(row));
    await writeDraftParts(tx, id, draft, null);
    return id;
  }

  /** The report's own fields of a draft, as a new version. */
  async saveDraftColumns(tx: Tx, id: string, draft: Draft) {
    const statement = updateDraftStatement(id, reportColumns(draft), new Date());
    return one(runOn<{ version: number; updatedAt: Date }>(tx, 'report-save', statement));
  }

  /** The usual autosave in one statement (saveDraftStatement); null when the report is no longer that draft at that version. */
  async saveDraft(change: Change, draft: Draft) {
    const statement = saveDraftStatement(change, reportColumns(draft));
    const row = await one(
      run<{ version: number | null; updatedAt: Date | null; holidays: string[] }>(
        this.prisma.pool,
        'report-save-draft',
        statement,
      ),
    );
    const { version, updatedAt, holidays } = row;
    return version === null || updatedAt === null ? null : { version, updatedAt, holidays };
  }

  /** The people, allegations, indicators and recommendation of a draft, replacing those of `before` (read under the lock). */
  saveDraftParts(tx: Tx, before: ReportRow, draft: Draft): Promise<void> {
    return writeDraftParts(tx, before.id, draft, before);
  }

  submit(change: Change, choice: Choice): Promise<ScreeningResult> {
    return one(run<ScreeningResult>(this.prisma.pool, 'report-submit', submitStatement(change, choice)));
  }

  /** `recommended`: the original the submitted recommendation named (it listed the report until now). */
  decide(change: Change, choice: Choice & { rationale: string }, recommended: string | null): Promise<ScreeningResult> {
    return one(run<ScreeningResult>(this.prisma.pool, 'report-decide', decideStatement(change, choice, recommended)));
  }

  addLawEnforcementNotification(tx: Tx, reportId: string, n: Notification & { agency: string }): Promise<void> {
    return this.addNotification(tx, 'law_enforcement_notifications', LAW_ENFORCEMENT_NOTIFICATION_COLUMNS, reportId, n);
  }

  addTribalNotification(tx: Tx, reportId: string, n: Notification & { tribe: string }): Promise<void> {
    return this.addNotification(tx, 'tribal_notifications', TRIBAL_NOTIFICATION_COLUMNS, reportId, n);
  }

  /** An initial contact after screen-in, and the report's new version. */
  async addContact(
    tx: Tx,
    reportId: string,
    c: { personId: string; kind: string; outcome: string; at: Date; note: string | null; recordedById: string },
  ): Promise<void> {
    const at = new Date();
    await runOn(
      tx,
      'contact-insert',
      insertContactStatement({ id: crypto.randomUUID(), reportId, ...c, recordedAt: at }),
    );
    await runOn(tx, 'report-bump', bumpVersionStatement(reportId, at));
  }

  /** The report an allegation belongs to; null when there is no such allegation (ids are opaque to clients). */
  async reportIdOfAllegation(allegationId: string): Promise<string | null> {
    if (!isUuid(allegationId)) return null;
    const [row] = await run<{ reportId: string }>(
      this.prisma.pool,
      'allegation-report',
      allegationReportStatement(allegationId),
    );
    return row?.reportId ?? null;
  }

  /** Records or corrects an allegation's finding; the report's version moves on, as for any change to it. */
  async saveFinding(tx: Tx, reportId: string, finding: FindingRow): Promise<void> {
    await runOn(tx, 'finding-upsert', upsertFindingStatement(finding));
    await runOn(tx, 'report-bump', bumpVersionStatement(reportId, finding.recordedAt));
  }

  /** A notification and the report's new version. */
  private async addNotification(
    tx: Tx,
    table: string,
    columns: typeof LAW_ENFORCEMENT_NOTIFICATION_COLUMNS | typeof TRIBAL_NOTIFICATION_COLUMNS,
    reportId: string,
    n: Notification,
  ): Promise<void> {
    const at = new Date();
    const row = { id: crypto.randomUUID(), reportId, ...n, recordedAt: at };
    await runOn(tx, `${table}-insert`, insertNotificationStatement(table, columns, row));
    await runOn(tx, 'report-bump', bumpVersionStatement(reportId, at));
  }
}
