import { Controller, Get, Ip, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { AuditService } from './audit.service';
import { AuditEventsRepository } from './audit-events.repository';

/** Who opened a report: its county's supervisor reads it (docs/domain.md, "Who uses it"). */
@ApiTags('Access reports')
@Roles('SUPERVISOR')
@Controller('access-reports')
export class AccessLogController {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly events: AuditEventsRepository,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/access-log')
  @ApiContract({
    summary: 'Who read or changed this report (the supervisor of its county)',
    responses: {
      200: {
        description:
          '[{ at, userId, userName, action }]: who read or changed this report, refused attempts included, newest first',
        schema: 'AccessLog',
      },
    },
    errors: [403, 404],
  })
  async accessLog(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    await this.reports.findScoped(id, user); // 404 for another county's report, as if it did not exist
    // Recorded first, so the supervisor sees their own look in the list too.
    await this.audit.record({
      userId: user.id,
      action: 'report.access_log_read',
      entityType: 'AccessReport',
      entityId: id,
      reportId: id,
      ip,
    });
    return this.events.accessLog(id);
  }
}
