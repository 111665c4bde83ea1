import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, fieldId } from './fieldIds';
import { FieldError, FieldHint } from './FieldMessages';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  width?: 'short' | 'medium' | 'full';
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  name,
  label,
  hint,
  error,
  width = 'full',
  id,
  className,
  ...input
}: TextFieldProps) {
  const inputId = id ?? fieldId(name);
  const ids = describedBy(inputId, hint !== undefined, error);
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <input
        id={inputId}
        name={name}
        type="text"
        className={`input input--${width}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...input}
      />
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
