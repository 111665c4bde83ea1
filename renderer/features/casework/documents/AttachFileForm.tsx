import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Contact } from '../../../../shared/casework';
import { isDialogOpen } from '../../../app/shortcuts';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { describedBy, fieldId } from '../../../ui/fieldIds';
import { FieldError, FieldHint } from '../../../ui/FieldMessages';
import { listProblems } from '../../../ui/formErrors';
import { SaveButton } from '../../../ui/SaveButton';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFieldChecks } from '../../../ui/useFieldChecks';
import { useFormSave } from '../../../ui/useFormSave';
import { dateTimeDisplay } from '../../families/dates';
import {
  attachFieldName,
  attachFormSchema,
  mediaTypeOf,
  type AttachFormOutput,
  type AttachFormValues,
} from './attachForm';
import { useAddAttachment } from './queries';
import { readAsBase64 } from '../../../ui/readAsBase64';

export const contactLabel = (contact: Contact) => `${contact.type}, ${dateTimeDisplay(contact.occurredAt)}`;

const blank: AttachFormValues = { file: null, fileName: '', contactId: '' };

/** A letter, a consent form or a photo of one, into the vault: to the family, or to one of its contacts. */
export function AttachFileForm({ familyId, contacts }: { familyId: string; contacts: Contact[] }) {
  const toast = useToast();
  const add = useAddAttachment(familyId);
  const form = useForm<AttachFormValues, unknown, AttachFormOutput>({
    resolver: zodResolver(attachFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: blank,
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    setValue,
    getFieldState,
    trigger,
    reset,
    formState: { errors, submitCount },
  } = form;
  // A new key empties the file input after a file is attached (its value cannot be set from script).
  const [inputKey, setInputKey] = useState(0);
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'the file you are attaching',
    save: async (values) => {
      const file = values.file as File;
      await add.mutateAsync({
        familyId,
        contactId: values.contactId || null,
        fileName: values.fileName,
        mediaType: mediaTypeOf(file) ?? 'application/pdf',
        dataBase64: await readAsBase64(file),
      });
    },
    onSaved: (_saved, values) => {
      reset(blank);
      setInputKey((key) => key + 1);
      toast({ text: `“${values.fileName}” attached.` });
    },
    leavesAfterSaving: false,
    serverFieldName: attachFieldName,
    // Not while a dialog (a preview, a confirmation) covers the form.
    saveKeyWhen: () => !isDialogOpen(),
  });

  const fileId = fieldId('file');
  const fileHint = 'A PDF, a JPEG photo or a PNG image, up to 10 MB.';
  return (
    <section className="card" aria-labelledby="attach-file">
      <h2 id="attach-file">Attach a file</h2>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <Controller
          control={control}
          name="file"
          render={({ field, fieldState }) => {
            const ids = describedBy(fileId, true, fieldState.error?.message);
            return (
              <div className="field">
                <label htmlFor={fileId}>File</label>
                <FieldHint id={ids.hintId}>{fileHint}</FieldHint>
                <input
                  key={inputKey}
                  id={fileId}
                  ref={field.ref}
                  name={field.name}
                  type="file"
                  className="file-input"
                  accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
                  aria-invalid={fieldState.error ? true : undefined}
                  aria-describedby={ids.describedBy}
                  onBlur={field.onBlur}
                  onChange={(event) => {
                    const file = event.target.files?.[0] ?? null;
                    field.onChange(file);
                    // The file's own name, until the worker gives it a better one.
                    if (file && !getFieldState('fileName').isDirty) {
                      setValue('fileName', file.name, { shouldValidate: submitCount > 0 });
                    }
                    // Too big or the wrong type is said at once, before anything is sent.
                    void trigger('file');
                  }}
                />
                <FieldError id={ids.errorId} message={fieldState.error?.message} />
              </div>
            );
          }}
        />
        <TextField
          label="Name"
          hint="How it shows in the list, for example “Consent form, signed”."
          autoComplete="off"
          width="medium"
          {...register('fileName')}
          error={errors.fileName?.message}
        />
        <div className="field">
          <label htmlFor={fieldId('contactId')}>Attach to</label>
          <select id={fieldId('contactId')} className="input select" {...register('contactId')}>
            <option value="">The family</option>
            {contacts.map((contact) => (
              <option key={contact.id} value={contact.id}>
                Contact: {contactLabel(contact)}
              </option>
            ))}
          </select>
          <FieldError
            id={errors.contactId ? `${fieldId('contactId')}-error` : undefined}
            message={errors.contactId?.message}
          />
        </div>
        <div className="form-actions">
          <SaveButton label="Attach file" saving={saving} savingLabel="Attaching…" title="Attach (Ctrl+S)" />
        </div>
      </form>
      {leaveDialog}
    </section>
  );
}
