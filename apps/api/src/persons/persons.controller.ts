import { personSearchQuerySchema } from '@cps/domain';
import { Controller, Get, Ip, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { PersonsService } from './persons.service';

class PersonSearchQuery extends createZodDto(personSearchQuerySchema) {}

@ApiTags('People')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('persons')
export class PersonsController {
  constructor(private readonly persons: PersonsService) {}

  /** Search before create: identifying basics only. */
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
  search(@Query() query: PersonSearchQuery, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.persons.search(query, { user, ip });
  }

  /** History of involvement: full for the caller's county, county, date, status and decision for the others. */
  @Get(':id/history')
  @ApiContract({
    summary: 'The reports that name this person, newest first, drafts excluded (each look-up is audited)',
    responses: {
      200: {
        description:
          "[{ countyCode, receivedAt, status, decision, reportId?, reportNumber?, roles?, allegations? }]: the last four for the caller's county only",
        schema: 'PersonHistory',
      },
    },
    errors: [403, 404],
  })
  history(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.persons.history(id, { user, ip });
  }
}
