import { z } from 'zod';
import { noPasswordSchema, userSchema } from '../auth/auth.schema';
import { roleSchema } from '../codes/codes.schema';
import { dateOnlySchema, pageOf } from '../common/query.schema';
import { lineSchema } from '../common/text.schema';
import { countyCodeSchema } from '../counties/county.schema';
import { todayInChicago } from '../time/chicago';

// The admin's user forms: one schema for the API body, the form and the types.

/** Completion of the sex trafficking training (DSP Numbered Memo 2017-07): a past or present Chicago date. */
export const trainingDateSchema = dateOnlySchema.refine(
  (date) => date <= todayInChicago(new Date()),
  'must not be in the future',
);

type Role = z.infer<typeof roleSchema>;

/** Why a county does not fit a role, or null: county staff belong to one county, admins to none. */
export function countyCodeProblem(role: Role, countyCode: string | null | undefined): string | null {
  if (role === 'ADMIN') return countyCode ? 'must be empty for an ADMIN (state level)' : null;
  return countyCode ? null : `is required for ${role}`;
}

const userFieldsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .email('Enter an email address like name@county.wi.gov'),
  name: lineSchema(200),
  role: roleSchema,
  countyCode: countyCodeSchema.nullish(),
  active: z.boolean(),
  sexTraffickingTrainingCompletedOn: trainingDateSchema.nullish(),
  // Refused whenever it is sent: the person chooses their own with a setup link.
  password: noPasswordSchema,
});

export const createUserSchema = userFieldsSchema.omit({ active: true }).superRefine((user, ctx) => {
  const problem = countyCodeProblem(user.role, user.countyCode);
  if (problem) ctx.addIssue({ code: 'custom', path: ['countyCode'], message: problem });
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

/** Every field optional; `null` clears the county or the training date. The email does not change. */
export const updateUserSchema = userFieldsSchema.omit({ email: true }).partial();
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const userPageSchema = pageOf(userSchema);
export type UserPage = z.infer<typeof userPageSchema>;
