import { useState } from 'react';
import type { FieldValues, SubmitErrorHandler, UseFormReturn } from 'react-hook-form';
import { useShortcut } from '../app/shortcuts';
import { renameServerFields, showServerErrors } from './formErrors';
import { useLeaveGuard } from './useLeaveGuard';

interface FormSaveOptions<Values extends FieldValues, Output, Result> {
  /** What unsaved changes are to, for the "Leave without saving?" question: "the case status". */
  changesTo: string;
  save: (values: Output) => Promise<Result>;
  /** Runs once leaving is allowed, so it may close the dialog or navigate away. */
  onSaved: (result: Result, values: Output) => void;
  /**
   * False for a form that stays where it is after saving (reset to what was saved), so the question about
   * unsaved changes still guards whatever the worker types next.
   */
  leavesAfterSaving?: boolean;
  /** The server names some fields differently from the form; this puts each message back on its field. */
  serverFieldName?: (path: string) => string;
  /** The form's own answer to failed checks, in place of react-hook-form's focus on the first field. */
  onInvalid?: SubmitErrorHandler<Values>;
  /**
   * For a save that cannot be undone: the checked values come here (to ask "Save this?") instead of being
   * saved, and the form calls `saveChecked` with them once the worker says yes.
   */
  askFirst?: (values: Output) => void;
  /** Ctrl+S waits while this is false: for a form on a page, while a dialog covers it. */
  saveKeyWhen?: () => boolean;
}

/**
 * The save half every form shares: the server's per-field messages beside their fields and its sentence
 * above them, Ctrl+S to save, and a question before unsaved changes are left behind.
 */
export function useFormSave<Values extends FieldValues, Output, Result>(
  form: UseFormReturn<Values, unknown, Output>,
  {
    changesTo,
    save,
    onSaved,
    leavesAfterSaving = true,
    serverFieldName,
    onInvalid,
    askFirst,
    saveKeyWhen = () => true,
  }: FormSaveOptions<Values, Output, Result>,
) {
  const [formMessage, setFormMessage] = useState<string | null>(null);
  // After the worker's yes, the save runs outside react-hook-form's submit, so it is tracked here.
  const [savingChecked, setSavingChecked] = useState(false);
  const { dialog, allowLeaving } = useLeaveGuard(form.formState.isDirty, changesTo);

  const saveValues = async (values: Output) => {
    setFormMessage(null);
    try {
      const result = await save(values);
      if (leavesAfterSaving) allowLeaving();
      onSaved(result, values);
    } catch (error) {
      const named = serverFieldName ? renameServerFields(error, serverFieldName) : error;
      setFormMessage(showServerErrors(named, form.setError));
    }
  };
  const onSubmit = form.handleSubmit(async (values) => {
    if (askFirst) {
      setFormMessage(null);
      askFirst(values);
    } else {
      await saveValues(values);
    }
  }, onInvalid);
  const saveChecked = async (values: Output) => {
    setSavingChecked(true);
    await saveValues(values);
    setSavingChecked(false);
  };

  const saving = form.formState.isSubmitting || savingChecked;
  useShortcut('s', () => !saving && saveKeyWhen() && void onSubmit());
  // setFormMessage: for the form's other actions (a delete) to say what went wrong in the same place.
  return { onSubmit, saveChecked, saving, formMessage, setFormMessage, leaveDialog: dialog };
}
