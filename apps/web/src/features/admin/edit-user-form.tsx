import { type County, countyCodeProblem, type UpdateUserRequest, type User, updateUserSchema } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../ui/alert';
import { updateUser } from './admin.api';
import { FormActions } from './admin-fields';
import { showServerErrors } from './form-errors';
import { registerUserDetails, UserDetailsFields } from './user-details-fields';

/** The PATCH body, checked like the create form: county staff need a county. */
const editUserSchema = updateUserSchema.superRefine((user, ctx) => {
  const problem = user.role ? countyCodeProblem(user.role, user.countyCode) : null;
  if (problem) ctx.addIssue({ code: 'custom', path: ['countyCode'], message: problem });
});
type EditUserValues = z.input<typeof editUserSchema>;
const FIELDS = ['name', 'role', 'countyCode', 'sexTraffickingTrainingCompletedOn'] as const;

type EditUserFormProps = { user: User; counties: County[]; onSaved: (user: User) => void; onCancel: () => void };

/** Name, role, county and training date; the email stays. Passwords: Reset password in the table. */
export function EditUserForm({ user, counties, onSaved, onCancel }: EditUserFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EditUserValues, unknown, UpdateUserRequest>({
    resolver: zodResolver(editUserSchema),
    defaultValues: {
      name: user.name,
      role: user.role,
      countyCode: user.countyCode,
      sexTraffickingTrainingCompletedOn: user.sexTraffickingTrainingCompletedOn,
    },
  });
  const role = useWatch({ control, name: 'role' });
  // Registered in the order of the form, so that the first field in error gets the focus.
  const detailsFields = registerUserDetails(register, role);

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      // A state administrator has no county: send null so a former one is cleared.
      onSaved(await updateUser(user.id, values.role === 'ADMIN' ? { ...values, countyCode: null } : values));
    } catch (error) {
      setServerError(showServerErrors(error, FIELDS, setError));
    }
  });

  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <p className="margin-y-1">
        <strong>Email address:</strong> {user.email}
      </p>
      <UserDetailsFields idPrefix="edit-user" counties={counties} fields={detailsFields} errors={errors} />
      <FormActions submitting={isSubmitting} label="Save changes" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
