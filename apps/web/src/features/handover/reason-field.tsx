import type { RefObject } from 'react';
import { FormField } from '../screening/form-fields';

export const REASON_MAX = 2000;

type ReasonFieldProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLTextAreaElement | null>;
};

/** Why a draft is set aside or moved: required, at most 2000 characters (as the API checks). */
export function ReasonField({ id, label, hint, value, error, onChange, inputRef }: ReasonFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error ?? undefined} control="usa-textarea">
      {(props) => (
        <textarea
          {...props}
          ref={inputRef}
          rows={3}
          maxLength={REASON_MAX}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** The reason's problem in words, or null. */
export function reasonError(value: string, what: string): string | null {
  if (value.trim() === '') return `Enter the reason: say why the ${what}`;
  if (value.length > REASON_MAX) return `The reason must be at most ${REASON_MAX} characters`;
  return null;
}
