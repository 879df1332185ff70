import { Body, Controller, Ip, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { FindingsService } from './findings.service';

@ApiTags('Findings')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('allegations')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Put(':id/finding')
  @ApiContract({
    summary: "Record an allegation's finding (only on SCREENED_IN reports)",
    body: 'FindingRequest',
    responses: { 200: { description: 'The allegation with its finding', schema: 'ReportAllegation' } },
    errors: [403, 404, 409, 422],
  })
  record(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.findings.record(id, body, user, ip);
  }
}
