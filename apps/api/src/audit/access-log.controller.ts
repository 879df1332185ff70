import { accessLogSchema } from '@cps/domain';
import { Controller, Get, Ip, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { AuditService } from './audit.service';
import { AuditEventsRepository } from './audit-events.repository';

class AccessLogDto extends createZodDto(accessLogSchema) {}

/** Who opened a report: its county's supervisor reads it (domain.md, "Who uses it"). */
@ApiTags('Access reports')
@ApiBearerAuth()
@Roles('SUPERVISOR')
@Controller('access-reports')
export class AccessLogController {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly events: AuditEventsRepository,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/access-log')
  @ApiOkResponse({
    type: AccessLogDto,
    description: 'Who read or changed this report, refused attempts included, newest first',
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
