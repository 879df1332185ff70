import { personSearchQuerySchema } from '@cps/domain';
import { Controller, Get, Ip, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuditService } from '../audit/audit.service';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { PersonsRepository } from './persons.repository';

class PersonSearchQuery extends createZodDto(personSearchQuerySchema) {}

@ApiTags('People')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('persons')
export class PersonsController {
  constructor(
    private readonly persons: PersonsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Search before create: identifying basics only. The search is audited, its terms are not. */
  @Get('search')
  @ApiOkResponse({ description: '[{ id, firstName, lastName, dateOfBirth, gender, score }], best first, at most 20' })
  async search(@Query() query: PersonSearchQuery, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const matches = await this.persons.search(query);
    await this.audit.record({
      userId: user.id,
      action: 'persons.searched',
      entityType: 'Person',
      ip,
      details: { results: matches.length },
    });
    return matches;
  }
}
