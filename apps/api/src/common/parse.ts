import type { z } from 'zod';
import { InvalidInput } from './domain-error';
import { zodIssues } from './error.filter';

/**
 * Validates a body in the service, after the scope checks: docs/http-api.md answers 404 before 400, so
 * report-scoped routes cannot let the global pipe reject the body first.
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw new InvalidInput(zodIssues(result.error));
  return result.data;
}
