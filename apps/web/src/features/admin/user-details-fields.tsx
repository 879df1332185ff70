import { roles, todayInChicago, type County, type User } from '@cps/domain';

type Role = User['role'];
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { roleLabel } from '../auth/role-label';
import { InputField, SelectField } from './admin-fields';
import { fieldMessage } from './form-errors';

/** The fields of a user that the create and edit forms share. */
type UserDetails = { name?: string; role?: Role; countyCode?: string | null; sexTraffickingTrainingCompletedOn?: string | null };

type UserDetailsFieldsProps = {
  idPrefix: string;
  counties: County[];
  register: UseFormRegister<UserDetails>;
  errors: FieldErrors<UserDetails>;
  /** The role chosen now: a state administrator has no county, so the field is then not shown. */
  role: Role | undefined;
};

/** Name, role, county and training date: the part of a user that create and edit share. */
export function UserDetailsFields({ idPrefix, counties, register, errors: formErrors, role }: UserDetailsFieldsProps) {
  const fields = {
    name: register('name'),
    role: register('role'),
    // Registered in form order (before the training date), and only while shown.
    countyCode: role === 'ADMIN' ? null : register('countyCode', { setValueAs: emptyAsNull, shouldUnregister: true }),
    training: register('sexTraffickingTrainingCompletedOn', { setValueAs: emptyAsNull }),
  };
  const errors = {
    name: formErrors.name?.message,
    role: formErrors.role?.message,
    countyCode: formErrors.countyCode?.message,
    training: formErrors.sexTraffickingTrainingCompletedOn?.message,
  };
  return (
    <>
      <InputField id={`${idPrefix}-name`} label="Name" autoComplete="off" error={fieldMessage('Name', errors.name)} {...fields.name} />
      <SelectField id={`${idPrefix}-role`} label="Role" error={fieldMessage('Role', errors.role)} {...fields.role}>
        {roles.map((code) => (
          <option key={code} value={code}>
            {roleLabel(code)}
          </option>
        ))}
      </SelectField>
      {fields.countyCode === null ? (
        <p className="usa-hint margin-top-2">State administrators work statewide and belong to no county.</p>
      ) : (
        <SelectField
          id={`${idPrefix}-county`}
          label="County"
          hint="Access workers and supervisors work in one county."
          error={fieldMessage('County', errors.countyCode)}
          {...fields.countyCode}
        >
          <option value="">- Select a county -</option>
          {counties.map((county) => (
            <option key={county.code} value={county.code}>
              {county.name}
            </option>
          ))}
        </SelectField>
      )}
      <InputField
        id={`${idPrefix}-training`}
        label="Sex trafficking training completed on"
        hint="The date the person finished the training. Leave it empty if they have not finished it yet."
        type="date"
        max={todayInChicago(new Date())}
        error={fieldMessage('Training date', errors.training)}
        {...fields.training}
      />
    </>
  );
}

/** Empty form controls mean "none": null for the county and the training date. */
export const emptyAsNull = (value: unknown) => (value === '' ? null : value);
/** An empty password field in the edit form means "keep the password". */
export const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
