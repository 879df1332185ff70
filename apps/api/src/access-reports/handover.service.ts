import {
  type AssignmentNotice,
  assignmentConflict,
  assignmentKindFor,
  assignmentRequestSchema,
  type Colleague,
  discardConflict,
  discardRequestSchema,
  discardViolation,
  transferConflict,
  transferRequestSchema,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, InvalidInput, RuleForbidden } from '../common/domain-error';
import { parseBody } from '../common/parse';
import { Transactions } from '../common/transactions';
import { ReferenceRepository } from '../reference/reference.repository';
import type { ReportRow } from './access-report.columns';
import { AccessReportsRepository } from './access-reports.repository';
import { HandoverRepository } from './handover.repository';
import { type ReportDto, toDraftDocument } from './report.mapper';
import { type RequestMeta, refuseIf, reportDocument } from './use-case.context';

/** How far back My reports shows hand-overs to and from the caller. */
export const NOTICE_DAYS = 7;

const isSupervisor = (user: SessionUser) => user.role === 'SUPERVISOR';

/** The draft's assignee, its creator or a supervisor of its county (the county is already checked). */
const answersForDraft = (row: ReportRow, user: SessionUser) =>
  isSupervisor(user) || row.assignedToId === user.id || row.createdById === user.id;

/**
 * Hand a report on (its assignee, or after screen-in its initial assessment worker), set a draft
 * aside with a reason, move a report to another county. Each checks in the order of
 * docs/http-api.md (404, 403, 400, 409), then writes under the report's row lock.
 */
@Injectable()
export class HandoverService {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly handovers: HandoverRepository,
    private readonly reference: ReferenceRepository,
    private readonly transactions: Transactions,
  ) {}

  async assign(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    if (row.status === 'DRAFT' && !answersForDraft(row, user)) {
      throw new ForbiddenException("Only the draft's assignee, its creator or a supervisor can hand it on");
    }
    if (row.status === 'SCREENED_IN' && !isSupervisor(user)) {
      throw new ForbiddenException('Only a supervisor assigns the initial assessment worker');
    }
    const input = parseBody(assignmentRequestSchema, body);
    const to = await this.handovers.colleague(input.userId, row.countyCode);
    if (!to) {
      throw new InvalidInput([
        {
          path: 'userId',
          message: "is not an active access worker or supervisor of the report's county, so cannot be the assignee",
        },
      ]);
    }
    return this.transactions.run(async (tx) => {
      const locked = await this.reports.lockScoped(tx, id, user);
      refuseIf(assignmentConflict(locked, input.version));
      const kind = assignmentKindFor(locked.status);
      if (!kind) throw new Error('assignmentConflict let a report that cannot be assigned through');
      const from = kind === 'ASSIGNEE' ? locked.assignedToId : locked.initialAssessmentWorkerId;
      if (from === to.id) {
        const what = kind === 'ASSIGNEE' ? 'assignee' : 'initial assessment worker';
        throw new Conflict(`${to.name} is already the ${what} of this report`);
      }
      const who = { userId: user.id, ip: meta.ip, at: new Date() };
      if (!(await this.handovers.assign(tx, id, kind, from, to.id, who))) throw new Error('the locked report vanished');
      return reportDocument(this.reports, id, user, tx);
    });
  }

  async discard(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    if (!answersForDraft(row, user)) {
      throw new ForbiddenException("Only the draft's assignee, its creator or a supervisor can discard it");
    }
    if (row.status === 'DRAFT') this.refuseDiscard(row, user);
    const input = parseBody(discardRequestSchema, body);
    return this.transactions.run(async (tx) => {
      const locked = await this.reports.lockScoped(tx, id, user);
      refuseIf(discardConflict(locked, input.version));
      this.refuseDiscard(locked, user);
      const who = { userId: user.id, ip: meta.ip, at: new Date() };
      if (!(await this.handovers.discard(tx, id, input.reason, who))) throw new Error('the locked draft vanished');
      return reportDocument(this.reports, id, user, tx);
    });
  }

  /** DISCARD-ALLEGATION, judged on the report document (keys, as the rule reads them): a 403 naming the rule. */
  private refuseDiscard(row: ReportRow, user: SessionUser): void {
    const refused = discardViolation(toDraftDocument(row), user);
    if (refused) throw new RuleForbidden(refused.rule, refused.message, refused.path);
  }

  async transfer(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<ReportDto> {
    const row = await this.reports.findScoped(id, user);
    const input = parseBody(transferRequestSchema, body);
    const counties = await this.reference.counties();
    const county = counties.find((c) => c.code === input.countyCode);
    if (!county) throw new InvalidInput([{ path: 'countyCode', message: 'is not a Wisconsin county code' }]);
    if (county.code === row.countyCode) {
      throw new InvalidInput([
        { path: 'countyCode', message: `must be another county: the report is already in ${county.name} County` },
      ]);
    }
    return this.transactions.run(async (tx) => {
      const locked = await this.reports.lockScoped(tx, id, user);
      refuseIf(transferConflict(locked, input.version));
      const who = { userId: user.id, ip: meta.ip, at: new Date() };
      const moved = await this.handovers.transfer(tx, id, locked.countyCode, county.code, input.reason, who);
      if (!moved) throw new Error('the locked report vanished');
      return reportDocument(this.reports, id, user, tx);
    });
  }

  /** Whom the caller may hand a report to: the active workers and supervisors of their county. */
  colleagues(user: SessionUser): Promise<Colleague[]> {
    return this.handovers.colleagues(user.countyCode ?? '');
  }

  /** Hand-overs of the last days to or from the caller, their own included (newest first). */
  notices(user: SessionUser): Promise<AssignmentNotice[]> {
    const since = new Date(Date.now() - NOTICE_DAYS * 24 * 60 * 60 * 1000);
    return this.handovers.notices(user.id, user.countyCode ?? '', since);
  }
}
