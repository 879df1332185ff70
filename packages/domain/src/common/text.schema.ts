import { z } from 'zod';

/** A trimmed, non-empty line of text without NUL characters (PostgreSQL refuses them). */
export const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');
