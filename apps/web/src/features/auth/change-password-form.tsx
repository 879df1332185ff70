import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../ui/alert';
import { InputField } from '../admin/admin-fields';
import { fieldMessage, showServerErrors } from '../admin/form-errors';
import { changePassword } from './auth.api';
import { type ChangePasswordFormValues, changePasswordFormSchema } from './new-password.schema';
import { NewPasswordFields } from './new-password-fields';

const FIELDS = ['currentPassword', 'newPassword'] as const;
export const PASSWORD_CHANGED =
  'Your password is changed. You stay signed in here; your sessions on other computers have ended.';

/** The signed-in person's own password: the current one, then the new one twice. */
export function ChangePasswordForm() {
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordFormValues>({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setServerError(null);
    setDone(false);
    try {
      await changePassword({ currentPassword, newPassword });
      reset();
      setDone(true);
    } catch (error) {
      // 400 names the field (a wrong current password); 429 after too many wrong ones.
      setServerError(showServerErrors(error, FIELDS, setError));
    }
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
      <div role="status" aria-live="polite">
        {done && (
          <div className="usa-alert usa-alert--success usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{PASSWORD_CHANGED}</p>
            </div>
          </div>
        )}
      </div>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <InputField
        id="change-current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={fieldMessage('Current password', errors.currentPassword?.message)}
        {...register('currentPassword')}
      />
      <NewPasswordFields
        idPrefix="change"
        newPassword={register('newPassword')}
        confirmPassword={register('confirmPassword')}
        errors={{ newPassword: errors.newPassword?.message, confirmPassword: errors.confirmPassword?.message }}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={isSubmitting}>
        {isSubmitting ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
