import { PASSWORD_MIN_LENGTH } from '@cps/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { InputField } from '../admin/admin-fields';
import { fieldMessage } from '../admin/form-errors';

type NewPasswordFieldsProps = {
  idPrefix: string;
  newPassword: UseFormRegisterReturn;
  confirmPassword: UseFormRegisterReturn;
  errors: { newPassword?: string; confirmPassword?: string };
};

/** A new password, typed twice. */
export function NewPasswordFields({ idPrefix, newPassword, confirmPassword, errors }: NewPasswordFieldsProps) {
  return (
    <>
      <InputField
        id={`${idPrefix}-new-password`}
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few words you will remember make a good one.`}
        type="password"
        autoComplete="new-password"
        error={fieldMessage('New password', errors.newPassword)}
        {...newPassword}
      />
      <InputField
        id={`${idPrefix}-confirm-password`}
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={fieldMessage('New password again', errors.confirmPassword)}
        {...confirmPassword}
      />
    </>
  );
}
