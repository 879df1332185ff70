import {
  decisionSchema,
  draftSchema,
  draftUpdateSchema,
  lawEnforcementNotificationSchema,
  submitSchema,
  tribalNotificationSchema,
} from '@cps/domain';
import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { DraftsService } from './drafts.service';
import { NotificationsService } from './notifications.service';
import { ScreeningService } from './screening.service';

class DraftDto extends createZodDto(draftSchema) {}
class DraftUpdateDto extends createZodDto(draftUpdateSchema) {}
class SubmitDto extends createZodDto(submitSchema) {}
class DecisionDto extends createZodDto(decisionSchema) {}
class LawEnforcementNotificationDto extends createZodDto(lawEnforcementNotificationSchema) {}
class TribalNotificationDto extends createZodDto(tribalNotificationSchema) {}

const idempotencyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A repeat with the same key and body returns the first response and creates nothing',
};

// Bodies arrive unvalidated (`unknown`) and are parsed in the service after the county scope
// check, so that a report of another county is a 404 before any 400 (api.md's order).
@ApiTags('Access reports')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('access-reports')
export class AccessReportsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly screening: ScreeningService,
    private readonly notifications: NotificationsService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiBody({ type: DraftDto })
  @ApiHeader(idempotencyHeader)
  @ApiCreatedResponse({ description: 'The report, status DRAFT' })
  async create(
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.drafts.create(body, user, { ip, idempotencyKey })).body;
  }

  @Get()
  @ApiOkResponse({ description: '{ items: report summaries, total }' })
  list(@Query() query: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.list(query, user, ip);
  }

  @Get(':id')
  get(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.get(id, user, { ip });
  }

  @Put(':id')
  @ApiBody({ type: DraftUpdateDto })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.update(id, body, user, { ip });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiBody({ type: SubmitDto })
  submit(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.screening.submit(id, body, user, { ip });
  }

  @Post(':id/screening-decision')
  @HttpCode(200)
  @Roles('SUPERVISOR')
  @ApiBody({ type: DecisionDto })
  decide(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.screening.decide(id, body, user, { ip });
  }

  @Post(':id/law-enforcement-notifications')
  @HttpCode(201)
  @ApiBody({ type: LawEnforcementNotificationDto })
  @ApiHeader(idempotencyHeader)
  async notifyLawEnforcement(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.notifications.notifyLawEnforcement(id, body, user, { ip, idempotencyKey })).body;
  }

  @Post(':id/tribal-notifications')
  @HttpCode(201)
  @ApiBody({ type: TribalNotificationDto })
  @ApiHeader(idempotencyHeader)
  async notifyTribe(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.notifications.notifyTribe(id, body, user, { ip, idempotencyKey })).body;
  }
}
