import { findingSchema } from '@cps/domain';
import { Body, Controller, Ip, Param, Put } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { FindingsService } from './findings.service';

class FindingDto extends createZodDto(findingSchema) {}

@ApiTags('Findings')
@Roles('ACCESS_WORKER', 'SUPERVISOR')
@Controller('allegations')
export class FindingsController {
  constructor(private readonly findings: FindingsService) {}

  @Put(':id/finding')
  @ApiBody({ type: FindingDto })
  record(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.findings.record(id, body, user, ip);
  }
}
