import { Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../common/auth.decorators';
import { isUuid } from '../common/ids';
import { AuditService } from './audit.service';
import { AuditEventsRepository, type ReportScope } from './audit-events.repository';

/** Routes that reach case records: a refusal there is an `access.denied` event. */
const CASE_ROUTES = [
  '/api/access-reports',
  '/api/allegations',
  '/api/persons',
  '/api/assignment-notices',
  '/api/missing-episodes',
];

type Request = FastifyRequest & { auth?: AuthContext };

/**
 * Writes `access.denied` for a refused attempt on a case route: 403 (the role may not), and 404
 * when the record exists in another county. It runs from the error filter, after the request's
 * own transaction has rolled back, so the event stays although nothing else was written. Details
 * hold the route and method only, never the body.
 */
@Injectable()
export class AccessDeniedAudit {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly events: AuditEventsRepository,
  ) {}

  async record(status: number, request: Request): Promise<void> {
    if (status !== 403 && status !== 404) return;
    const user = request.auth?.user;
    const route = request.routeOptions?.url;
    if (!user || !route || !CASE_ROUTES.some((prefix) => route === prefix || route.startsWith(`${prefix}/`))) return;
    try {
      const record = await this.recordOf(route, request.params);
      // A 404 is a refusal only when the record is there, in a county that is not the user's.
      if (status === 404 && (!record || record.countyCode === user.countyCode)) return;
      const isReport = record?.entityType === 'AccessReport';
      await this.audit.record({
        userId: user.id,
        action: 'access.denied',
        entityType: record?.entityType ?? null,
        entityId: record?.id ?? null,
        reportId: isReport ? record.id : null,
        ip: request.ip,
        details: { method: request.method, route, status },
      });
    } catch (error) {
      // The refusal itself must still reach the caller; the failure is logged without the request.
      this.logger.error(
        { req: { id: request.id } },
        `access.denied not recorded: ${error instanceof Error ? error.name : 'error'}`,
      );
    }
  }

  /** The record a case route names (a report, through its id or its allegation's; an episode), if it exists. */
  private async recordOf(route: string, params: unknown): Promise<(ReportScope & { entityType: string }) | null> {
    const id = (params as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || !isUuid(id)) return null;
    const report = (scope: ReportScope | null) => scope && { ...scope, entityType: 'AccessReport' };
    if (route.startsWith('/api/access-reports/')) return report(await this.events.reportScope(id));
    if (route.startsWith('/api/allegations/')) return report(await this.events.reportScopeOfAllegation(id));
    if (route.startsWith('/api/missing-episodes/')) {
      const episode = await this.events.missingEpisodeScope(id);
      return episode && { ...episode, entityType: 'MissingEpisode' };
    }
    return null;
  }
}
