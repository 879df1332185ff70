import { personSearchQuerySchema } from '@cps/domain';
import { Controller, Get, Ip, Query } from '@nestjs/common';
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
}
