import { Body, Controller, Get, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { HandoverService } from './handover.service';

const theReport = { description: 'The report', schema: 'AccessReport' } as const;

// Bodies are parsed in the service after the county scope check (404 before 400), as in
// access-reports.controller.ts.
@ApiTags('Hand-overs')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller()
export class HandoverController {
  constructor(private readonly handovers: HandoverService) {}

  @Post('access-reports/:id/assignment')
  @HttpCode(200)
  @ApiContract({
    summary:
      "Hand a draft on to a colleague of the county; after screen-in, the supervisor's initial assessment worker",
    body: 'AssignmentRequest',
    responses: { 200: theReport },
    errors: [403, 404, 409],
  })
  assign(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.handovers.assign(id, body, user, { ip });
  }

  @Post('access-reports/:id/discard')
  @HttpCode(200)
  @ApiContract({
    summary: 'Set a draft aside with a reason (rule DISCARD-ALLEGATION: a supervisor, when it records an allegation)',
    body: 'DiscardRequest',
    responses: { 200: { description: 'The report, status DISCARDED', schema: 'AccessReport' } },
    errors: [403, 404, 409],
  })
  discard(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.handovers.discard(id, body, user, { ip });
  }

  @Post('access-reports/:id/transfer')
  @HttpCode(200)
  @Roles('SUPERVISOR')
  @ApiContract({
    summary: 'Move a draft or a report awaiting decision to another county (its number and clocks stay)',
    body: 'TransferRequest',
    responses: { 200: { description: 'The report, now in that county, assigned to nobody', schema: 'AccessReport' } },
    errors: [403, 404, 409],
  })
  transfer(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.handovers.transfer(id, body, user, { ip });
  }

  @Get('reference/colleagues')
  @ApiContract({
    summary: "Whom a report can be handed to: the active workers and supervisors of the caller's county, by name",
    responses: {
      200: { description: '[{ id, name, role, sexTraffickingTrainingCompletedOn }]', schema: 'ColleagueList' },
    },
    errors: [403],
  })
  colleagues(@CurrentUser() user: SessionUser) {
    return this.handovers.colleagues(user);
  }

  @Get('assignment-notices')
  @ApiContract({
    summary: 'Hand-overs of the last 7 days to or from the caller (their own included), newest first',
    responses: {
      200: { description: '[{ reportId, reportNumber, kind, from, to, by, at }]', schema: 'AssignmentNoticeList' },
    },
    errors: [403],
  })
  notices(@CurrentUser() user: SessionUser) {
    return this.handovers.notices(user);
  }
}
