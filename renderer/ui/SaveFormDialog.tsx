import type { BaseSyntheticEvent, ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary';
import { DialogFormActions, FormDialog } from './FormDialog';
import { listProblems } from './formErrors';
import { useFieldChecks } from './useFieldChecks';

interface SaveFormDialogProps<Values extends FieldValues, Output> {
  title: string;
  description?: ReactNode;
  form: UseFormReturn<Values, unknown, Output>;
  /** What useFormSave gave for this form. */
  saving: {
    onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
    formMessage: string | null;
    leaveDialog: ReactNode;
  };
  saveLabel: string;
  onClose: () => void;
  /** The fields, between the summary of problems and the Cancel and Save buttons. */
  children: ReactNode;
}

/**
 * A dialog holding one form that saves: its problems summed up above the fields, each field checked as
 * the worker leaves it, and Cancel and Save at the foot.
 */
export function SaveFormDialog<Values extends FieldValues, Output>({
  title,
  description,
  form,
  saving: { onSubmit, formMessage, leaveDialog },
  saveLabel,
  onClose,
  children,
}: SaveFormDialogProps<Values, Output>) {
  const checkOnLeave = useFieldChecks(form);
  const { errors, isDirty, isSubmitting, submitCount } = form.formState;
  return (
    <FormDialog title={title} description={description} dirty={isDirty} onClose={onClose}>
      {(requestClose) => (
        <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form">
          <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
          {children}
          <DialogFormActions saveLabel={saveLabel} saving={isSubmitting} onCancel={requestClose} />
          {leaveDialog}
        </form>
      )}
    </FormDialog>
  );
}
