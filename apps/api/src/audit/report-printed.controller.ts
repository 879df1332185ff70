import { Controller, HttpCode, Ip, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { AuditService } from './audit.service';

/**
 * A report printed (its page's print dialog opened) is a disclosure on paper, so it is on the
 * report's trail like a read: whoever may read the report may print it; nothing of the report changes
 * (no version bump). The web page calls this when the browser is about to print.
 */
@ApiTags('Access reports')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('access-reports')
export class ReportPrintedController {
  constructor(
    private readonly reports: AccessReportsRepository,
    private readonly audit: AuditService,
  ) {}

  @Post(':id/printed')
  @HttpCode(204)
  @ApiContract({
    summary: 'Record that this report is being printed (audited as report.printed; the report does not change)',
    responses: { 204: { description: "Recorded on the report's trail" } },
    errors: [403, 404],
  })
  async printed(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string): Promise<void> {
    await this.reports.findScoped(id, user); // 404 for another county's report, as if it did not exist
    await this.audit.record({
      userId: user.id,
      action: 'report.printed',
      entityType: 'AccessReport',
      entityId: id,
      reportId: id,
      ip,
    });
  }
}
