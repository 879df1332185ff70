import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger as Pino } from 'pino';

/** A 503 is an outage the app answers correctly (warn); any other 5xx is a bug (error). */
export function levelOf(status: number): 'info' | 'warn' | 'error' {
  if (status === 503) return 'warn';
  if (status >= 500) return 'error';
  return status >= 400 ? 'warn' : 'info';
}

/**
 * What a request's line holds: its id, method, path without the query string (queries carry names
 * and dates of birth), the route pattern, status and time. Never bodies, headers or cookies.
 */
export function requestLine(request: FastifyRequest, reply: FastifyReply) {
  const route = request.routeOptions.url;
  return {
    req: {
      id: request.id,
      method: request.method,
      path: request.url.split('?')[0],
      ...(route === undefined ? {} : { route }),
    },
    res: { statusCode: reply.statusCode },
    responseTime: Math.round(reply.elapsedTime * 10) / 10,
  };
}

const isHealth = (url: string) => url.split('?')[0]?.endsWith('/health') ?? false;

/**
 * One line per answer, written after it has gone (onResponse), with the request id the answer's
 * X-Request-Id carries. Health checks are not logged: a load balancer polls them every few seconds.
 */
export function logRequests(fastify: FastifyInstance, logger: Pino): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = levelOf(reply.statusCode);
    if (logger.isLevelEnabled(level) && !isHealth(request.url)) {
      logger[level](requestLine(request, reply), 'request completed');
    }
    done();
  });
}
