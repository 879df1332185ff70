import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { Env } from './env';

/**
 * JSON logs with a request id. Only the method, the path without its query string (queries carry
 * names and dates of birth) and the status are logged: never bodies, headers or cookies.
 */
export function loggerOptions(env: Env): Params {
  return {
    pinoHttp: {
      level: env.LOG_LEVEL,
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          path: req.url.split('?')[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').replace(/\?.*$/s, '').endsWith('/health') },
      // A 503 is an outage the app answers correctly (warn); any other 5xx is a bug (error).
      customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
        res.statusCode === 503
          ? 'warn'
          : err || res.statusCode >= 500
            ? 'error'
            : res.statusCode >= 400
              ? 'warn'
              : 'info',
    },
    // Nest 11's route syntax for "every path" (the default '*' draws a deprecation warning).
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  };
}

/** Fastify's request id: the caller's X-Request-Id when it is sane, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}
