import { personSearchQuerySchema } from '@cps/domain';
import { Controller, Get, Ip, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuditService } from '../audit/audit.service';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
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
  @ApiContract({
    summary: 'Likely matches across the state, drafts included, so intake can link an existing child',
    query: personSearchQuerySchema,
    responses: {
      200: {
        description: '[{ id, firstName, lastName, dateOfBirth, gender, score }], best first, at most 20',
        schema: 'PersonMatchList',
      },
    },
    errors: [403],
  })
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
