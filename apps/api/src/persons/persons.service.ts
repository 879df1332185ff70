import type { PersonHistory, PersonMatch, PersonSearchQuery } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { NotFound } from '../common/domain-error';
import { toHistoryEntry } from './person-history.mapper';
import { PersonsRepository } from './persons.repository';

type Actor = { user: SessionUser; ip: string | undefined };

@Injectable()
export class PersonsService {
  constructor(
    private readonly persons: PersonsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Search before create: identifying basics only. The search is audited, its terms are not. */
  async search(query: PersonSearchQuery, actor: Actor): Promise<PersonMatch[]> {
    const matches = await this.persons.search(query);
    await this.audit.record({
      userId: actor.user.id,
      action: 'persons.searched',
      entityType: 'Person',
      ip: actor.ip,
      details: { results: matches.length },
    });
    return matches;
  }

  /**
   * History of involvement: the caller's county's reports in full, other counties' only so far as
   * the worker knows whom to call. Every look-up is audited, with the person but not what it showed.
   */
  async history(personId: string, actor: Actor): Promise<PersonHistory> {
    const { countyCode } = actor.user;
    // Admins are refused by the controller; a user without a county has no reports of their own.
    const rows = await this.persons.history(personId, countyCode ?? '');
    if (!rows) throw new NotFound('Person');
    await this.audit.record({
      userId: actor.user.id,
      action: 'persons.history_read',
      entityType: 'Person',
      entityId: personId,
      ip: actor.ip,
      details: { results: rows.length },
    });
    return rows.map(toHistoryEntry);
  }
}
