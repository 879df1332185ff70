import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { complianceQuerySchema, complianceReportSchema, sexTraffickingQuerySchema, sexTraffickingReportSchema } from '@cps/domain';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ReportsService } from './reports.service';

class SexTraffickingQueryDto extends createZodDto(sexTraffickingQuerySchema) {}
class SexTraffickingReportDto extends createZodDto(sexTraffickingReportSchema) {}
class ComplianceQueryDto extends createZodDto(complianceQuerySchema) {}
class ComplianceReportDto extends createZodDto(complianceReportSchema) {}

/** Statistics (reports.md): admins statewide, supervisors for their own county. */
@ApiTags('Reports')
@ApiBearerAuth()
@Roles('ADMIN', 'SUPERVISOR')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('sex-trafficking')
  @ApiOkResponse({ type: SexTraffickingReportDto, description: 'Summary, substantiation rates and tables 1-10 of the DCF report for the period' })
  sexTrafficking(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser) {
    return this.reports.sexTrafficking(query, user);
  }

  @Get('sex-trafficking.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Tables 1-10 as CSV, one line per table row', schema: { type: 'string' } })
  @Header('cache-control', 'no-store')
  async sexTraffickingCsv(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const { fileName, csv } = await this.reports.sexTraffickingCsv(query, user);
    void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get('compliance')
  @ApiOkResponse({ type: ComplianceReportDto, description: 'LE-12H, TRIBE-24H, IA-60D and time to the screening decision, by county' })
  compliance(@Query() query: ComplianceQueryDto, @CurrentUser() user: SessionUser) {
    return this.reports.compliance(query, user);
  }
}
