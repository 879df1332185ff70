import { reportListQuerySchema } from '@cps/domain';
import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { ContactsService } from './contacts.service';
import { DraftsService } from './drafts.service';
import { IdentifierMatchesService } from './identifier-matches.service';
import { NotificationsService } from './notifications.service';
import { ScreeningService } from './screening.service';

const theReport = { description: 'The report', schema: 'AccessReport' } as const;

// Bodies arrive unvalidated (`unknown`) and are parsed in the service after the county scope
// check, so that a report of another county is a 404 before any 400 (docs/http-api.md's order).
@ApiTags('Access reports')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('access-reports')
export class AccessReportsController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly screening: ScreeningService,
    private readonly notifications: NotificationsService,
    private readonly identifierMatches: IdentifierMatchesService,
    private readonly contacts: ContactsService,
  ) {}

  @Get(':id/identifier-matches')
  @ApiContract({
    summary:
      "Other reports naming this report's trafficking identifiers: the county's in full, other counties' as counts by month (audited)",
    responses: { 200: { description: 'One entry per identifier of the report', schema: 'IdentifierMatchList' } },
    errors: [403, 404],
  })
  identifierMatchesOf(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.identifierMatches.forReport(id, user, { ip });
  }

  @Post()
  @HttpCode(201)
  @ApiContract({
    summary: 'Start a report: every field optional but countyCode',
    body: 'DraftRequest',
    idempotent: true,
    responses: { 201: { description: 'The report, status DRAFT', schema: 'AccessReport' } },
    errors: [403, 409],
  })
  async create(
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.drafts.create(body, user, { ip, idempotencyKey })).body;
  }

  @Get()
  @ApiContract({
    summary:
      "The county's reports: search (q), running clocks (openClock), newest received or most urgent first (sort)",
    query: reportListQuerySchema,
    responses: { 200: { description: '{ items: report summaries, total }', schema: 'ReportPage' } },
    errors: [403],
  })
  list(@Query() query: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.list(query, user, ip);
  }

  @Get(':id')
  @ApiContract({ summary: 'One report (the read is audited)', responses: { 200: theReport }, errors: [403, 404] })
  get(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.get(id, user, { ip });
  }

  @Put(':id')
  @ApiContract({
    summary: 'Replace the whole draft (autosave), with the version last read',
    body: 'DraftUpdateRequest',
    responses: { 200: theReport },
    errors: [403, 404, 409],
  })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.drafts.update(id, body, user, { ip });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @ApiContract({
    summary: 'Submit the draft for screening',
    body: 'SubmitRequest',
    responses: { 200: { description: 'The report, status AWAITING_SUPERVISOR', schema: 'AccessReport' } },
    errors: [403, 404, 409, 422],
  })
  submit(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.screening.submit(id, body, user, { ip });
  }

  @Post(':id/screening-decision')
  @HttpCode(200)
  @Roles('SUPERVISOR')
  @ApiContract({
    summary: "The supervisor's screening decision (final)",
    body: 'DecisionRequest',
    responses: { 200: { description: 'The report, status SCREENED_IN or SCREENED_OUT', schema: 'AccessReport' } },
    errors: [403, 404, 409, 422],
  })
  decide(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.screening.decide(id, body, user, { ip });
  }

  @Post(':id/law-enforcement-notifications')
  @HttpCode(201)
  @ApiContract({
    summary: 'Record a law enforcement notification (any status)',
    body: 'LawEnforcementNotificationRequest',
    idempotent: true,
    responses: { 201: theReport },
    errors: [403, 404, 409],
  })
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
  @ApiContract({
    summary: 'Record a tribal notification (any status)',
    body: 'TribalNotificationRequest',
    idempotent: true,
    responses: { 201: theReport },
    errors: [403, 404, 409],
  })
  async notifyTribe(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.notifications.notifyTribe(id, body, user, { ip, idempotencyKey })).body;
  }

  @Post(':id/contacts')
  @HttpCode(201)
  @ApiContract({
    summary:
      'Record an initial contact after screen-in: a child or a parent or caregiver seen, completed or attempted (RESPONSE-TIME)',
    body: 'ContactRequest',
    idempotent: true,
    responses: { 201: theReport },
    errors: [403, 404, 409],
  })
  async recordContact(
    @Param('id') id: string,
    @Body() body: unknown,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return (await this.contacts.record(id, body, user, { ip, idempotencyKey })).body;
  }
}
