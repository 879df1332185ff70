import { type AuditQuery, auditQuerySchema } from '@cps/domain';
import { Controller, Get, Ip, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { AuditService } from './audit.service';
import { AuditEventsRepository } from './audit-events.repository';

class AuditQueryDto extends createZodDto(auditQuerySchema) {}

/** The audit trail, newest first: state admins only, read only. Reading it is itself an event. */
@ApiTags('Audit')
@Roles('ADMIN')
@Controller('audit-events')
export class AuditEventsController {
  constructor(
    private readonly events: AuditEventsRepository,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiContract({
    summary: 'The audit trail, newest first (reading it is itself an event)',
    query: auditQuerySchema,
    queryNotes: {
      reportId: {
        description:
          "One report's whole trail: the report and everything in it (allegations, findings, notifications), refused attempts included. Its id or its number (2026-079-00042)",
      },
      reportNumber: {
        description: "One report's whole trail, by its number (2026-079-00042); an unknown number gives an empty page",
      },
      action: { description: 'One action, such as report.read or access.denied' },
      from: { description: 'Events from this Chicago date on' },
      to: { description: 'Events up to this Chicago date, included' },
    },
    responses: { 200: { description: '{ items: events, total }', schema: 'AuditEventPage' } },
    errors: [403],
  })
  async list(@Query() query: AuditQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    const page = await this.events.page(query);
    await this.audit.record({
      userId: user.id,
      action: 'audit.listed',
      entityType: 'AuditEvent',
      ip,
      details: { filters: filtersOf(query), total: page.total },
    });
    return page;
  }
}

/** The filters as given (ids and dates only: nothing from a case). */
function filtersOf(query: AuditQuery): Record<string, string | number> {
  const { page, pageSize, ...rest } = query;
  return { ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)), page, pageSize };
}
