import { z } from 'zod';
import { roleSchema } from '../codes/codes.schema';
import { countyCodeSchema } from '../counties/county.schema';

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter an email address like name@county.wi.gov'),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  countyCode: countyCodeSchema.nullable(),
  active: z.boolean(),
  sexTraffickingTrainingCompletedOn: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({ token: z.string(), user: userSchema });
