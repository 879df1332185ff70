import { z } from 'zod';

/** The one error shape of the API (docs/http-api.md, "Errors"). */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  rule: z.string().optional(),
  /** For a 422: the field of the report document the rule concerns, e.g. allegations.0.maltreaterRelationship. */
  path: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;
