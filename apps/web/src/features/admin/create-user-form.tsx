import { createUserSchema, PASSWORD_MIN_LENGTH, type County, type CreateUserRequest, type User } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { Alert } from '../../ui/alert';
import { createUser } from './admin.api';
import { FormActions, InputField } from './admin-fields';
import { fieldMessage, showServerErrors } from './form-errors';
import { registerUserDetails, UserDetailsFields } from './user-details-fields';

type CreateUserValues = z.input<typeof createUserSchema>;
const FIELDS = ['email', 'name', 'role', 'countyCode', 'password', 'sexTraffickingTrainingCompletedOn'] as const;

type CreateUserFormProps = { counties: County[]; onCreated: (user: User) => void; onCancel: () => void };

export function CreateUserForm({ counties, onCreated, onCancel }: CreateUserFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserValues, unknown, CreateUserRequest>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { email: '', name: '', role: 'ACCESS_WORKER', countyCode: null, password: '', sexTraffickingTrainingCompletedOn: null },
  });
  const role = useWatch({ control, name: 'role' });
  // Registered in the order of the form, so that the first field in error gets the focus.
  const emailField = register('email');
  const detailsFields = registerUserDetails(register, role);
  const passwordField = register('password');

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      onCreated(await createUser(values));
    } catch (error) {
      setServerError(showServerErrors(error, FIELDS, setError));
    }
  });

  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <InputField
        id="create-user-email"
        label="Email address"
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        error={fieldMessage('Email address', errors.email?.message)}
        {...emailField}
      />
      <UserDetailsFields
        idPrefix="create-user"
        counties={counties}
        fields={detailsFields}
        errors={errors}
      />
      <InputField
        id="create-user-password"
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Give it to the person in a safe way.`}
        type="password"
        autoComplete="new-password"
        error={fieldMessage('Password', errors.password?.message)}
        {...passwordField}
      />
      <FormActions submitting={isSubmitting} label="Create user" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}
