import { complianceQuerySchema, sexTraffickingQuerySchema } from '@cps/domain';
import { Controller, Get, Header, Ip, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { StatisticsService } from './statistics.service';

class SexTraffickingQueryDto extends createZodDto(sexTraffickingQuerySchema) {}
class ComplianceQueryDto extends createZodDto(complianceQuerySchema) {}

const suppressNote = {
  suppress: {
    description: 'true: the public-release version, counts from 1 to 4 (and the cells that would reveal them) null',
    schema: { type: 'boolean', default: false },
  },
};

/** Statistics (docs/statistics.md): admins statewide, supervisors for their own county. */
@ApiTags('Reports')
@Roles('ADMIN', 'SUPERVISOR')
@Controller('reports')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

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
  sexTrafficking(@Query() query: SexTraffickingQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.statistics.sexTrafficking(query, { user, ip });
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
    const { fileName, csv } = await this.statistics.sexTraffickingCsv(query, { user, ip });
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
  compliance(@Query() query: ComplianceQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.statistics.compliance(query, { user, ip });
  }
}
