import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, fieldId } from './fieldIds';
import { FieldError, FieldHint } from './FieldMessages';

interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

export function CheckboxField({ name, label, hint, error, id, ...input }: CheckboxFieldProps) {
  const inputId = id ?? fieldId(name);
  const ids = describedBy(inputId, hint !== undefined, error);
  return (
    <div className="checkbox">
      <input
        id={inputId}
        name={name}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <div>
        <label htmlFor={inputId}>{label}</label>
        <FieldHint id={ids.hintId}>{hint}</FieldHint>
        <FieldError id={ids.errorId} message={error} />
      </div>
    </div>
  );
}
