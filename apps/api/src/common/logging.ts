import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoggerService, RequestMethod } from '@nestjs/common';
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

/** Nest's own start-up lines: one per module, controller and route (some sixty). */
const FRAMEWORK_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
]);

/** Nest passes the context as the last argument of a log call. */
const fromFramework = (params: unknown[]) => FRAMEWORK_CONTEXTS.has(String(params.at(-1)));

/**
 * The app's logger, with Nest's start-up lines at debug level so that `npm start` ends with one
 * ready line (LOG_LEVEL=debug shows them). Warnings and errors of every context pass unchanged.
 */
export class FrameworkAtDebug implements LoggerService {
  constructor(private readonly logger: Required<Omit<LoggerService, 'setLogLevels'>>) {}

  log(message: unknown, ...params: unknown[]): void {
    if (fromFramework(params)) this.logger.debug(message, ...params);
    else this.logger.log(message, ...params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.logger.error(message, ...params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.logger.warn(message, ...params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.logger.debug(message, ...params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.logger.verbose(message, ...params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.logger.fatal(message, ...params);
  }
}
