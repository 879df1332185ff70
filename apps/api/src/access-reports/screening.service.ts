import {
  decisionConflict,
  decisionSchema,
  decisionViolations,
  duplicateOriginalOf,
  editConflict,
  isDuplicateScreenOut,
  type RuleScreening,
  storedChoice,
  submitIssues,
  submitSchema,
  submitViolations,
} from '@cps/domain';
import { Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { isRetryable } from '../common/database-errors';
import { Conflict, InvalidInput, RuleViolation } from '../common/domain-error';
import { parseBody } from '../common/parse';
import type { OriginalRow, ReportRow } from './access-report.columns';
import { AccessReportsRepository } from './access-reports.repository';
import { type ReportDto, toDraftDocument, toReportDto } from './report.mapper';
import type { LoadedRow } from './report-read.statements';
import { actorOf, type RequestMeta, refuseIf } from './use-case.context';

/** The 409 when the original named was screened out, discarded or transferred since it was looked up. */
export const ORIGINAL_CHANGED = 'The original report changed meanwhile; reload and choose again';

/**
 * Submit and decide lock the original they name (access-report.statements.ts): two crossed
 * decisions, each naming the other as its original, may deadlock, and PostgreSQL undoes one. The
 * other one won, which moved this report's version on (the original's duplicates changed): a 409,
 * reload and choose again, not the 503 "try again" of a plain deadlock.
 */
async function raced<T>(statement: Promise<T>): Promise<T> {
  try {
    return await statement;
  } catch (error) {
    if (isRetryable(error)) throw new Conflict(ORIGINAL_CHANGED);
    throw error;
  }
}

/**
 * A worker submits a report with a recommendation; the supervisor decides it. Each moves the
 * report in one conditional statement (with its recommendation or decision and audit event), so
 * of two racing requests one wins and the other gets a 409.
 */
@Injectable()
export class ScreeningService {
  constructor(private readonly reports: AccessReportsRepository) {}

  /**
   * The original a duplicate screen-out names, looked up in the report's county before the rules
   * run (DUPLICATE-OF): null when none is named, there is none, or it is another county's.
   */
  private async originalOf(row: ReportRow, choice: RuleScreening): Promise<OriginalRow | null> {
    if (!isDuplicateScreenOut(choice) || !choice.duplicateOfReportId) return null;
    return this.reports.findOriginal(choice.duplicateOfReportId, row.countyCode);
  }

  /** 404, 400 (what a submitted report needs), 409 (not a draft at this version), then 422 (the rules). */
  async submit(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(submitSchema, body);
    // A discarded draft is read-only: a 409 says so before any check of its completeness.
    if (row.status === 'DISCARDED') refuseIf(editConflict(row, input.version));
    const document = toDraftDocument(row);
    const recommendation = input.recommendation ?? document.recommendation ?? null;
    const issues = submitIssues(document, recommendation);
    if (issues.length) throw new InvalidInput(issues);
    refuseIf(editConflict(row, input.version));
    const decision = recommendation?.decision;
    if (!recommendation || !decision)
      throw new Error('submitIssues let a submit without a recommended decision through');
    const original = await this.originalOf(row, recommendation);
    const facts = original && duplicateOriginalOf(original);
    const refused = submitViolations({ ...document, id }, recommendation, actorOf(user), facts)[0];
    if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);

    const { duplicateOfReportId, ...choice } = storedChoice({ ...recommendation, decision });
    const at = new Date();
    const change = { reportId: id, version: input.version, userId: user.id, ip: meta.ip, at };
    const { moved, originalGone, holidays } = await raced(
      this.reports.submit(change, { ...choice, duplicateOfReportId }),
    );
    if (!moved && originalGone) throw new Conflict(ORIGINAL_CHANGED);
    if (!moved) throw new Conflict('The report changed while it was being submitted; reload it to see what changed');
    const submitted: LoadedRow = {
      ...row,
      updatedBy: user,
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
        duplicateOfId: duplicateOfReportId,
        duplicateOf: duplicateOfReportId ? original : null,
      },
    };
    return toReportDto(submitted, { holidays, now: at, actor: user });
  }

  /** 404, 400, 409 (not awaiting a decision at this version), then 422 (the rules). Decisions are final. */
  async decide(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(decisionSchema, body);
    refuseIf(decisionConflict(row, input.version));
    const original = await this.originalOf(row, input);
    const facts = original && duplicateOriginalOf(original);
    const refused = decisionViolations({ ...toDraftDocument(row), id }, input, actorOf(user), facts)[0];
    if (refused) throw new RuleViolation(refused.rule, refused.message, refused.path);

    const { duplicateOfReportId, ...choice } = { ...storedChoice(input), rationale: input.rationale };
    const at = new Date();
    const change = { reportId: id, version: input.version, userId: user.id, ip: meta.ip, at };
    const recommended = row.recommendation?.duplicateOfId ?? null;
    const { moved, originalGone, holidays } = await raced(
      this.reports.decide(change, { ...choice, duplicateOfReportId }, recommended),
    );
    if (!moved && originalGone) throw new Conflict(ORIGINAL_CHANGED);
    if (!moved) {
      throw new Conflict(
        'Someone else decided this report a moment ago; decisions are final. Reload it to see the decision.',
      );
    }
    const decided: LoadedRow = {
      ...row,
      updatedBy: user,
      status: input.decision === 'SCREEN_IN' ? 'SCREENED_IN' : 'SCREENED_OUT',
      version: row.version + 1,
      updatedAt: at,
      decision: {
        reportId: id,
        ...choice,
        decidedById: user.id,
        decidedAt: at,
        decidedBy: { id: user.id, name: user.name },
        duplicateOfId: duplicateOfReportId,
        duplicateOf: duplicateOfReportId ? original : null,
      },
    };
    return toReportDto(decided, { holidays, now: at, actor: user });
  }
}
