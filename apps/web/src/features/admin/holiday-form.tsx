import { type HolidayEntry, holidaySchema } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Alert } from '../../ui/alert';
import { createHoliday } from './admin.api';
import { InputField } from './admin-fields';
import { fieldMessage, showServerErrors } from './form-errors';

const FIELDS = ['date', 'name'] as const;

/** Adds a day to the calendar; a date that is already a holiday gets the API's 409 message. */
export function HolidayForm({ onAdded }: { onAdded: (holiday: HolidayEntry) => void }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<HolidayEntry>({ resolver: zodResolver(holidaySchema), defaultValues: { date: '', name: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const holiday = await createHoliday(values);
      reset();
      onAdded(holiday);
    } catch (error) {
      setServerError(showServerErrors(error, FIELDS, setError));
    }
  });

  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate aria-labelledby="add-holiday-heading">
      <h2 id="add-holiday-heading">Add a holiday</h2>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <InputField
        id="holiday-date"
        label="Date"
        type="date"
        error={fieldMessage('Date', errors.date?.message)}
        {...register('date')}
      />
      <InputField
        id="holiday-name"
        label="Name"
        hint="For example: Independence Day"
        autoComplete="off"
        error={fieldMessage('Name', errors.name?.message)}
        {...register('name')}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={isSubmitting}>
        {isSubmitting ? 'Adding…' : 'Add holiday'}
      </button>
    </form>
  );
}
