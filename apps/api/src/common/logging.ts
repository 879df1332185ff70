import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import type { Env } from './env';

/**
 * The app's one pino logger: JSON lines on stdout (or `destination`, for tests). Request lines come
 * from an onResponse hook (request-log.ts), not from a middleware and an AsyncLocalStorage: a log
 * line written inside a request names its request id itself (the error filter does).
 */
export function createLogger(env: Pick<Env, 'LOG_LEVEL'>, destination?: DestinationStream): Pino {
  return destination ? pino({ level: env.LOG_LEVEL }, destination) : pino({ level: env.LOG_LEVEL });
}

/** Fastify's request id: the caller's X-Request-Id when it is sane, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/**
 * Nest's logger calls as pino lines: the context (Nest passes it last) as `context`, an object
 * message merged into the line, a stack from Nest's own exception handlers as `err`. The same
 * shape nestjs-pino gave, so the lines read as before.
 */
export class PinoNestLogger implements Required<Omit<LoggerService, 'setLogLevels'>> {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const line: Record<string, unknown> = params.length ? { context: params.at(-1) } : {};
    // Nest's error() passes an undefined stack when given none.
    const rest = params
      .slice(0, -1)
      .filter((p) => p !== undefined)
      .map(String);
    if (message instanceof Error) line.err = message;
    else if (typeof message === 'object' && message !== null) Object.assign(line, message);
    else if (level === 'error' && rest.length === 1 && /\n\s*at /.test(rest[0] ?? '')) {
      // Nest's own exception handlers call (message, stack, context).
      this.pino.error({ ...line, err: { message: String(message), stack: rest[0] } });
      return;
    } else {
      this.pino[level](line, String(message), ...rest);
      return;
    }
    const [text, ...more] = rest;
    if (text === undefined) this.pino[level](line);
    else this.pino[level](line, text, ...more);
  }
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
