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
  constructor(private readonly statistics: StatisticsService) {}

  @Get('sex-trafficking')
  @ApiOkResponse({
    type: SexTraffickingReportDto,
    description: 'Summary, substantiation rates and tables 1-10 of the DCF report for the period',
  })
  sexTrafficking(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.statistics.sexTrafficking(query, { user, ip });
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
    const { fileName, csv } = await this.statistics.sexTraffickingCsv(query, { user, ip });
    void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }

  @Get('compliance')
  @ApiOkResponse({
    type: ComplianceReportDto,
    description: 'LE-12H, TRIBE-24H, IA-60D and time to the screening decision, by county',
  })
  compliance(@Query() query: ComplianceQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.statistics.compliance(query, { user, ip });
  }
}
