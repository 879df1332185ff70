import { type County, roles, todayInChicago, type User } from '@cps/domain';

type Role = User['role'];

import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { roleLabel } from '../auth/role-label';
import { InputField, SelectField } from './admin-fields';
import { fieldMessage } from './form-errors';

/** The fields of a user that the create and edit forms share. */
type UserDetails = {
  name?: string;
  role?: Role;
  countyCode?: string | null;
  sexTraffickingTrainingCompletedOn?: string | null;
};

/**
 * Registers name, role, county and training date. Call it where they stand in the form, between
 * the fields before and after them: react-hook-form focuses the first field in error in the order
 * of registration. The county is registered only while shown (`role` is not a state administrator).
 */
export function registerUserDetails(register: UseFormRegister<UserDetails>, role: Role | undefined) {
  return {
    name: register('name'),
    role: register('role'),
    countyCode: role === 'ADMIN' ? null : register('countyCode', { setValueAs: emptyAsNull, shouldUnregister: true }),
    training: register('sexTraffickingTrainingCompletedOn', { setValueAs: emptyAsNull }),
  };
}

type UserDetailsFieldsProps = {
  idPrefix: string;
  counties: County[];
  /** From registerUserDetails; a null county means a state administrator: the field is not shown. */
  fields: ReturnType<typeof registerUserDetails>;
  errors: FieldErrors<UserDetails>;
};

/** Name, role, county and training date: the part of a user that create and edit share. */
export function UserDetailsFields({ idPrefix, counties, fields, errors: formErrors }: UserDetailsFieldsProps) {
  const errors = {
    name: formErrors.name?.message,
    role: formErrors.role?.message,
    countyCode: formErrors.countyCode?.message,
    training: formErrors.sexTraffickingTrainingCompletedOn?.message,
  };
  return (
    <>
      <InputField
        id={`${idPrefix}-name`}
        label="Name"
        autoComplete="off"
        error={fieldMessage('Name', errors.name)}
        {...fields.name}
      />
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
