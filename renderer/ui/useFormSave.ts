import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useShortcut } from '../app/shortcuts';
import { showServerErrors } from './formErrors';
import { useLeaveGuard } from './useLeaveGuard';

interface FormSaveOptions<Output, Result> {
  /** What unsaved changes are to, for the "Leave without saving?" question: "the case status". */
  changesTo: string;
  save: (values: Output) => Promise<Result>;
  /** Runs once leaving is allowed, so it may close the dialog or navigate away. */
  onSaved: (result: Result, values: Output) => void;
}

/**
 * The save half every form shares: the server's per-field messages beside their fields and its sentence
 * above them, Ctrl+S to save, and a question before unsaved changes are left behind.
 */
export function useFormSave<Values extends FieldValues, Output, Result>(
  form: UseFormReturn<Values, unknown, Output>,
  { changesTo, save, onSaved }: FormSaveOptions<Output, Result>,
) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const { dialog, allowLeaving } = useLeaveGuard(form.formState.isDirty, changesTo);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      const result = await save(values);
      allowLeaving();
      onSaved(result, values);
    } catch (error) {
      setFormMessage(showServerErrors(error, form.setError));
    }
  });
  useShortcut('s', () => !form.formState.isSubmitting && void onSubmit());
  return { onSubmit, formMessage, leaveDialog: dialog };
}
