import { type County, type CreatedUser, type CreateUserRequest, createUserSchema } from '@cps/domain';
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
const FIELDS = ['email', 'name', 'role', 'countyCode', 'sexTraffickingTrainingCompletedOn'] as const;

type CreateUserFormProps = { counties: County[]; onCreated: (user: CreatedUser) => void; onCancel: () => void };

/** A new account has no password: the person chooses one with the setup link the API answers with. */

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
    defaultValues: {
      email: '',
      name: '',
      role: 'ACCESS_WORKER',
      countyCode: null,
      sexTraffickingTrainingCompletedOn: null,
    },
  });
  const role = useWatch({ control, name: 'role' });
  // Registered in the order of the form, so that the first field in error gets the focus.
  const emailField = register('email');
  const detailsFields = registerUserDetails(register, role);

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
      <UserDetailsFields idPrefix="create-user" counties={counties} fields={detailsFields} errors={errors} />
      <p className="usa-hint margin-top-3">
        You do not set a password. Creating the account gives you a one-time link for the person to choose their own.
      </p>
      <FormActions submitting={isSubmitting} label="Create user" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}
