import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { describedBy, fieldId } from './fieldIds';
import { FieldError, FieldHint } from './FieldMessages';

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  /** A plain string is both the value and what is shown; a pair shows its label and submits its value. */
  options: readonly (string | { value: string; label: string })[];
  /** The label of an empty first option (value ""), for "not chosen yet" or "not set". */
  emptyOption?: string;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

export function SelectField({
  name,
  label,
  options,
  emptyOption,
  hint,
  error,
  id,
  ...select
}: SelectFieldProps) {
  const inputId = id ?? fieldId(name);
  const ids = describedBy(inputId, hint !== undefined, error);
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <select
        id={inputId}
        name={name}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => {
          const { value, label: shown } =
            typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={value} value={value}>
              {shown}
            </option>
          );
        })}
      </select>
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
