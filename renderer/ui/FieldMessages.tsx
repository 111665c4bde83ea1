import type { ReactNode } from 'react';

export function FieldHint({ id, children }: { id: string | undefined; children: ReactNode }) {
  return id ? (
    <p id={id} className="field-hint">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  return id && message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}
