import type { PersonMatch, PersonSearchQuery } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
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
}
