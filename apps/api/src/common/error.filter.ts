import type { ApiErrorBody } from '@cps/domain';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';
import { AccessDeniedAudit } from '../audit/access-denied';
import { isDatabaseBusy, isDatabaseDown, isRetryable } from './database-errors';
import { Conflict, InvalidInput, type Issue, NotFound, RuleForbidden, RuleViolation } from './domain-error';
import { issuesSentence } from './field-words';

const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Fastify answers these before any handler (and Nest wraps them as HttpException): say what to do. */
const inWords: Record<number, string> = {
  413: 'The request body is larger than 1 MiB',
  415: 'Send JSON with Content-Type: application/json',
};

function body(statusCode: number, message: string, extra: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { statusCode, error: reasons[statusCode] ?? 'Error', message, ...extra };
}

export function zodIssues(error: ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

/** Every error leaves the API in the one shape of docs/http-api.md; a bug is a 500 without details. */
export function toErrorBody(exception: unknown): ApiErrorBody {
  if (exception instanceof ZodValidationException) {
    const issues = zodIssues(exception.getZodError() as ZodError);
    return body(400, issuesSentence(issues), { issues });
  }
  if (exception instanceof InvalidInput)
    return body(400, issuesSentence(exception.issues), { issues: exception.issues });
  if (exception instanceof RuleViolation)
    return body(422, exception.message, { rule: exception.rule, ...(exception.path ? { path: exception.path } : {}) });
  if (exception instanceof RuleForbidden)
    return body(403, exception.message, { rule: exception.rule, ...(exception.path ? { path: exception.path } : {}) });
  if (exception instanceof Conflict) return body(409, exception.message);
  if (exception instanceof NotFound) return body(404, exception.message);
  if (isDatabaseBusy(exception)) {
    return body(
      503,
      'The system is busy and no database connection came free in time; nothing was saved. Try again in a moment',
    );
  }
  if (isDatabaseDown(exception)) {
    return body(503, 'The database is not reachable; try again in a moment');
  }
  if (isRetryable(exception)) {
    return body(503, 'Another change to the same records got in the way; nothing was saved. Try again');
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const raw = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const message = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
    return body(status, inWords[status] ?? message);
  }
  // Fastify's own errors (body too large, bad JSON, wrong content type) carry a statusCode.
  const fastify = exception as { statusCode?: number; message?: string };
  if (typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    return body(fastify.statusCode, inWords[fastify.statusCode] ?? fastify.message ?? 'The request is invalid');
  }
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side; it has been logged');
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  constructor(@Optional() private readonly denied?: AccessDeniedAudit) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = toErrorBody(exception);
    // The request id, so that this line and the request's own line (and X-Request-Id) meet.
    const req = { id: host.switchToHttp().getRequest<FastifyRequest>().id };
    if (error.statusCode === 503) {
      this.logger.warn(
        { req },
        `${isRetryable(exception) ? 'undone by a concurrent change' : 'database unavailable'}: ${exception instanceof Error ? exception.name : 'error'}`,
      );
    } else if (error.statusCode >= 500) {
      // The stack, never the request body: bodies hold names and narratives.
      this.logger.error({
        req,
        err:
          exception instanceof Error
            ? { name: exception.name, message: exception.message, stack: exception.stack }
            : String(exception),
      });
    }
    const send = () => void reply.status(error.statusCode).header('cache-control', 'no-store').send(error);
    // A refused attempt on a case route is audited before the answer leaves (never fails it).
    if (this.denied && (error.statusCode === 403 || error.statusCode === 404))
      void this.denied.record(error.statusCode, host.switchToHttp().getRequest<FastifyRequest>()).finally(send);
    else send();
  }
}
