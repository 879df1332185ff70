import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { auditEventPageSchema, auditQuerySchema } from '@cps/domain';
import { createZodDto } from 'nestjs-zod';
import { Roles } from '../common/auth.decorators';
import { AuditEventsRepository } from './audit-events.repository';

class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class AuditEventPageDto extends createZodDto(auditEventPageSchema) {}

/** The audit trail, newest first: state admins only, read only. */
@ApiTags('Audit')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsRepository) {}

  @Get()
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@Query() query: AuditQueryDto) {
    return this.events.page(query);
  }
}
