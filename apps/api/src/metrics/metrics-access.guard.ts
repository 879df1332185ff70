import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ENV, type Env } from '../common/env';
import { bearerToken, fromLoopback, sameToken } from './metrics-access';

/**
 * GET /api/metrics: open to this host's loopback, else only with METRICS_TOKEN. The route is
 * @Public() for the app's sign-in guard (a scraper has no session); this guard is its own check.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(@Inject(ENV) private readonly env: Env) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const given = bearerToken(request.headers);
    const expected = this.env.METRICS_TOKEN;
    if (given !== null && expected !== undefined && sameToken(given, expected)) return true;
    if (given === null && fromLoopback(request.raw.socket.remoteAddress, request.headers)) return true;
    if (expected === undefined) {
      throw new ForbiddenException('Metrics are served to this host only: set METRICS_TOKEN to scrape from elsewhere');
    }
    if (given === null)
      throw new UnauthorizedException('Send the metrics token as Authorization: Bearer <METRICS_TOKEN>');
    throw new ForbiddenException('The metrics token is wrong');
  }
}
