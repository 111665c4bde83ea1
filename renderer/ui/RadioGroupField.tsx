import type { ReactNode, Ref } from 'react';
import { describedBy, fieldId } from './fieldIds';
import { FieldError, FieldHint } from './FieldMessages';
import './radioGroupField.css';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  error?: string | undefined;
  /** Side by side, for two or three short choices such as Yes / No. */
  inline?: boolean;
  /** Given to the first choice, so "focus the field with the error" lands on the group. */
  ref?: Ref<HTMLInputElement>;
}

/**
 * One choice from a few, all visible at once (a select would hide them). Used with react-hook-form's
 * Controller, so the value can be mapped to whatever the contract wants (a boolean, an enum).
 */
export function RadioGroupField({
  name,
  legend,
  options,
  value,
  onChange,
  onBlur,
  hint,
  error,
  inline = false,
  ref,
}: RadioGroupFieldProps) {
  const baseId = fieldId(name);
  const ids = describedBy(baseId, hint !== undefined, error);
  return (
    <fieldset className="field radio-group" aria-describedby={ids.describedBy}>
      <legend>{legend}</legend>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <div className={inline ? 'radios radios--inline' : 'radios'}>
        {options.map((option, index) => {
          const id = index === 0 ? baseId : `${baseId}-${index}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                id={id}
                ref={index === 0 ? ref : undefined}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                onBlur={onBlur}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <div>
                <label htmlFor={id}>{option.label}</label>
                {option.hint && (
                  <p id={`${id}-hint`} className="field-hint">
                    {option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={ids.errorId} message={error} />
    </fieldset>
  );
}
