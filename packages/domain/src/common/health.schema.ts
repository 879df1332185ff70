import { z } from 'zod';

/** GET /api/health: 200 with `ok`/`up`, 503 with `error`/`down` when the database does not answer. */
export const healthSchema = z.object({ status: z.enum(['ok', 'error']), database: z.enum(['up', 'down']) });
export type Health = z.infer<typeof healthSchema>;
