import { ncandsQuerySchema } from '@cps/domain';
import { Controller, Get, Header, Ip, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { NcandsService } from './ncands.service';

class NcandsQueryDto extends createZodDto(ncandsQuerySchema) {}

/** The federal NCANDS Child File extract and its validation (docs/statistics.md), for admins. */
@ApiTags('Reports')
@Roles('ADMIN')
@Controller('reports')
export class NcandsController {
  constructor(private readonly ncands: NcandsService) {}

  @Get('ncands-child-file/validation')
  @ApiContract({
    summary: 'What a reviewer would fix in the NCANDS Child File of a federal fiscal year',
    query: ncandsQuerySchema,
    responses: {
      200: {
        description: 'The number of records, the flagged records with their report numbers, and problems of the year',
        schema: 'NcandsValidation',
      },
    },
    errors: [403],
  })
  validation(@Query() query: NcandsQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.ncands.validation(query, { user, ip });
  }

  @Get('ncands-child-file.csv')
  @ApiContract({
    summary: 'The NCANDS Child File of a federal fiscal year as CSV',
    query: ncandsQuerySchema,
    responses: {
      200: { description: 'One record per child per report disposed of in the fiscal year', schema: 'csv' },
    },
    errors: [403, 422],
  })
  @Header('cache-control', 'no-store')
  async csv(
    @Query() query: NcandsQueryDto,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { fileName, csv } = await this.ncands.csv(query, { user, ip });
    void reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`);
    return csv;
  }
}
