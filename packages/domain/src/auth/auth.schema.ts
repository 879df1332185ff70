import { z } from 'zod';
import { roleSchema } from '../codes/codes.schema';
import { dateOnlySchema, dateTimeSchema } from '../common/date.schema';
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
  sexTraffickingTrainingCompletedOn: dateOnlySchema.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({ token: z.string(), user: userSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

// Passwords are chosen by the person, never by an administrator: with a one-time setup token
// (a new account, or after a reset), or signed in, knowing the current one.

export const PASSWORD_MIN_LENGTH = 12;
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(1024, 'must be at most 1024 characters');

/** Hours a setup link stays valid. */
export const SETUP_TOKEN_HOURS = 72;

/** The one-time setup link an admin hands to the person: the token, the web page with it, its end. */
export const setupLinkSchema = z.object({ token: z.string(), url: z.string(), expiresAt: dateTimeSchema });
export type SetupLink = z.infer<typeof setupLinkSchema>;

export const createdUserSchema = userSchema.extend({ setup: setupLinkSchema });
export type CreatedUser = z.infer<typeof createdUserSchema>;

export const passwordResetResponseSchema = z.object({ setup: setupLinkSchema });
export type PasswordResetResponse = z.infer<typeof passwordResetResponseSchema>;

export const setupRequestSchema = z.object({
  token: z.string().min(1, 'is missing: open the whole link you were given').max(200, 'is not a setup token'),
  password: passwordSchema,
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password').max(1024, 'must be at most 1024 characters'),
    newPassword: passwordSchema,
  })
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'must be different from your current password',
  });
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

/** Refuses a `password` in an admin's user form or body: an administrator never sets one. */
export const ADMIN_SETS_NO_PASSWORD =
  'An administrator does not set passwords: the person chooses their own with the one-time setup link';
export const noPasswordSchema = z.never({ error: ADMIN_SETS_NO_PASSWORD }).optional();
