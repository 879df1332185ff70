import type { User } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { setUpPassword } from './auth.api';
import { type SetupFormValues, setupFormSchema } from './new-password.schema';
import { NewPasswordFields } from './new-password-fields';

export const LINK_UNUSABLE =
  'This link cannot be used any more: it was used already, it expired, or a newer link replaced it. Ask your administrator for a new link.';

type SetupFormProps = { token: string; onSignedIn: (user: User) => void };

/** Chooses a password with the one-time token of a setup link; the API then signs the person in. */
export function SetupForm({ token, onSignedIn }: SetupFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [unusable, setUnusable] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetupFormValues>({
    resolver: zodResolver(setupFormSchema),
    defaultValues: { newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ newPassword }) => {
    setServerError(null);
    try {
      onSignedIn(await setUpPassword({ token, password: newPassword }));
    } catch (error) {
      if (!(error instanceof ApiError)) return setServerError('Something went wrong. Try again.');
      if (error.issues.some((issue) => issue.path === 'token')) return setUnusable(true);
      const password = error.issues.find((issue) => issue.path === 'password');
      if (password) setError('newPassword', { type: 'server', message: password.message }, { shouldFocus: true });
      setServerError(password ? null : error.message);
    }
  });

  if (unusable) return <Alert type="error">{LINK_UNUSABLE}</Alert>;

  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <NewPasswordFields
        idPrefix="setup"
        newPassword={register('newPassword')}
        confirmPassword={register('confirmPassword')}
        errors={{ newPassword: errors.newPassword?.message, confirmPassword: errors.confirmPassword?.message }}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={isSubmitting}>
        {isSubmitting ? 'Saving…' : 'Save the password and sign in'}
      </button>
    </form>
  );
}
