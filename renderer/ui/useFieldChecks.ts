import { useCallback, useEffect, type FocusEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * When a form (in react-hook-form's "onSubmit" mode) checks its fields before Save: a field the worker has
 * changed is checked as they leave it, and a field showing an error is checked again at every keystroke,
 * so the error goes the moment it is put right. Fields nobody has typed in wait for Save. So tabbing
 * through, or adding a blank carer, does not fill the screen with errors, and an error appearing under an
 * untouched field cannot push a button from under the pointer mid-click.
 *
 * Returns the handler for the form's onBlurCapture.
 */
export function useFieldChecks<Values extends FieldValues, Output>(
  form: UseFormReturn<Values, unknown, Output>,
) {
  const { watch, getFieldState, trigger } = form;
  useEffect(() => {
    const { unsubscribe } = watch((_values, { name, type }) => {
      if (type === 'change' && name && getFieldState(name).invalid) void trigger(name);
    });
    return unsubscribe;
  }, [watch, getFieldState, trigger]);

  return useCallback(
    (event: FocusEvent<HTMLFormElement>) => {
      const name = (event.target as Partial<HTMLInputElement>).name as Path<Values> | undefined;
      if (name && getFieldState(name).isDirty) void trigger(name);
    },
    [getFieldState, trigger],
  );
}
