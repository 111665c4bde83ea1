import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { describedBy, fieldId } from './fieldIds';
import { FieldError, FieldHint } from './FieldMessages';

interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ name, label, hint, error, id, ...textarea }: TextAreaFieldProps) {
  const inputId = id ?? fieldId(name);
  const ids = describedBy(inputId, hint !== undefined, error);
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <textarea
        id={inputId}
        name={name}
        rows={3}
        className="input input--full"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
      <FieldError id={ids.errorId} message={error} />
    </div>
  );
}
