import {
  complianceQuerySchema,
  complianceReportSchema,
  sexTraffickingQuerySchema,
  sexTraffickingReportSchema,
} from '@cps/domain';
import { Controller, Get, Header, Ip, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { AuditService } from '../audit/audit.service';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { StatisticsService } from './statistics.service';

class SexTraffickingQueryDto extends createZodDto(sexTraffickingQuerySchema) {}
class SexTraffickingReportDto extends createZodDto(sexTraffickingReportSchema) {}
class ComplianceQueryDto extends createZodDto(complianceQuerySchema) {}
class ComplianceReportDto extends createZodDto(complianceReportSchema) {}

/** Statistics (reports.md): admins statewide, supervisors for their own county. */
@ApiTags('Reports')
@ApiBearerAuth()
@Roles('ADMIN', 'SUPERVISOR')
@Controller('reports')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly audit: AuditService,
  ) {}

  /** Every statistics request is an event: which report, its period, the county scope, and whether it was the suppressed public version. */
  private requested(
    report: string,
    query: { from: string; to: string; suppress?: boolean },
    user: SessionUser,
    ip: string,
  ): Promise<void> {
    const details = {
      report,
      from: query.from,
      to: query.to,
      countyCode: user.role === 'ADMIN' ? null : user.countyCode,
      suppressed: query.suppress ?? false,
    };
    return this.audit.record({
      userId: user.id,
      action: 'statistics.requested',
      entityType: 'Statistics',
      entityId: report,
      ip,
      details,
    });
  }

  @Get('sex-trafficking')
  @ApiOkResponse({
    type: SexTraffickingReportDto,
    description: 'Summary, substantiation rates and tables 1-10 of the DCF report for the period',
  })
  async sexTrafficking(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const report = await this.statistics.sexTrafficking(query, user);
    await this.requested('sex-trafficking', query, user, ip);
    return report;
  }

  @Get('sex-trafficking.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Tables 1-10 as CSV, one line per table row', schema: { type: 'string' } })
  @Header('cache-control', 'no-store')
  async sexTraffickingCsv(
    @Query() query: SexTraffickingQueryDto,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { fileName, csv } = await this.statistics.sexTraffickingCsv(query, user);
    await this.requested('sex-trafficking.csv', query, user, ip);
    void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get('compliance')
  @ApiOkResponse({
    type: ComplianceReportDto,
    description: 'LE-12H, TRIBE-24H, IA-60D and time to the screening decision, by county',
  })
  async compliance(@Query() query: ComplianceQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const report = await this.statistics.compliance(query, user);
    await this.requested('compliance', query, user, ip);
    return report;
  }
}
