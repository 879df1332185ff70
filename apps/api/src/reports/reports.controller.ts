import { complianceQuerySchema, sexTraffickingQuerySchema } from '@cps/domain';
import { Controller, Get, Header, Ip, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { AuditService } from '../audit/audit.service';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { ReportsService } from './reports.service';

class SexTraffickingQueryDto extends createZodDto(sexTraffickingQuerySchema) {}
class ComplianceQueryDto extends createZodDto(complianceQuerySchema) {}

const suppressNote = {
  suppress: {
    description: 'true: the public-release version, counts from 1 to 4 (and the cells that would reveal them) null',
    schema: { type: 'boolean', default: false },
  },
};

/** Statistics (reports.md): admins statewide, supervisors for their own county. */
@ApiTags('Reports')
@Roles('ADMIN', 'SUPERVISOR')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
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
  @ApiContract({
    summary: 'The DCF sex trafficking report (statewide for admins, their county for supervisors)',
    query: sexTraffickingQuerySchema,
    queryNotes: suppressNote,
    responses: {
      200: {
        description: 'Summary, substantiation rates and tables 1-10 of the DCF report for the period',
        schema: 'SexTraffickingReport',
      },
    },
    errors: [403],
  })
  async sexTrafficking(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const report = await this.reports.sexTrafficking(query, user);
    await this.requested('sex-trafficking', query, user, ip);
    return report;
  }

  @Get('sex-trafficking.csv')
  @ApiContract({
    summary: 'The DCF sex trafficking report as CSV',
    query: sexTraffickingQuerySchema,
    queryNotes: suppressNote,
    responses: { 200: { description: 'Tables 1-10 as CSV, one line per table row', schema: 'csv' } },
    errors: [403],
  })
  @Header('cache-control', 'no-store')
  async sexTraffickingCsv(
    @Query() query: SexTraffickingQueryDto,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { fileName, csv } = await this.reports.sexTraffickingCsv(query, user);
    await this.requested('sex-trafficking.csv', query, user, ip);
    void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get('compliance')
  @ApiContract({
    summary: 'Compliance with the clocks, by county',
    query: complianceQuerySchema,
    responses: {
      200: {
        description: 'LE-12H, TRIBE-24H, IA-60D and time to the screening decision, by county',
        schema: 'ComplianceReport',
      },
    },
    errors: [403],
  })
  async compliance(@Query() query: ComplianceQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const report = await this.reports.compliance(query, user);
    await this.requested('compliance', query, user, ip);
    return report;
  }
}
