import { changePasswordSchema, passwordSchema } from '@cps/domain';
import { z } from 'zod';

// The forms where a person chooses their own password: typed twice, checked with the API's own
// rules (at least 12 characters) before anything is sent.

const SAME = (body: { newPassword: string; confirmPassword: string }) => body.newPassword === body.confirmPassword;
const NOT_SAME = { path: ['confirmPassword'], message: 'The two new passwords are not the same: type it again' };

export const setupFormSchema = z
  .object({ newPassword: passwordSchema, confirmPassword: z.string() })
  .refine(SAME, NOT_SAME);
export type SetupFormValues = z.infer<typeof setupFormSchema>;

export const changePasswordFormSchema = changePasswordSchema
  .and(z.object({ confirmPassword: z.string() }))
  .refine(SAME, NOT_SAME);
export type ChangePasswordFormValues = z.infer<typeof changePasswordFormSchema>;
