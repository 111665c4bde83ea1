import { zodResolver } from '@hookform/resolvers/zod';
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form';
import type { z } from 'zod';
import { contactFields, contactTypes } from '../../../../shared/casework';
import { knownAs } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DateField } from '../../../ui/DateField';
import { nowLocal } from '../../../ui/dateTime';
import { DateTimeField } from '../../../ui/DateTimeField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { fieldId } from '../../../ui/fieldIds';
import { FieldError } from '../../../ui/FieldMessages';
import { listProblems, showServerErrors } from '../../../ui/formErrors';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useBeforeUnloadWarning } from '../../../ui/useBeforeUnloadWarning';
import { useFieldChecks } from '../../../ui/useFieldChecks';
import { FamilyPicker } from './FamilyPicker';
import { useChosenFamily, useSaveContact, type ContactInput } from './queries';
import './contacts.css';

export type ContactFormValues = z.input<typeof contactFields>;

/** A new contact as the worker starts it: now, half an hour, a home visit. */
export function blankContact(familyId = ''): ContactFormValues {
  return {
    familyId,
    occurredAt: nowLocal(),
    durationMinutes: 30,
    type: 'Home visit',
    childIds: [],
    present: '',
    summary: '',
    nextStep: '',
    nextStepDue: '',
  };
}

const contractResolver = zodResolver(contactFields);
/** The contract's own checks; only its message for a missing family id is put in the worker's words. */
const resolver: typeof contractResolver = async (values, context, options) => {
  const result = await contractResolver(values, context, options);
  if (result.errors.familyId) result.errors.familyId.message = 'Choose the family from the list.';
  return result;
};

/** The fields in the order they are on screen, so the first one to fix is the first one the eye meets. */
const fieldOrder = [
  'familyId',
  'occurredAt',
  'durationMinutes',
  'type',
  'childIds',
  'present',
  'summary',
  'nextStep',
  'nextStepDue',
] as const satisfies readonly (keyof ContactFormValues)[];

function focusFirstProblem(errors: FieldErrors<ContactFormValues>): void {
  const first = fieldOrder.find((name) => errors[name]);
  if (first) document.getElementById(fieldId(first))?.focus();
}

interface ContactDialogProps {
  title: string;
  initial: ContactFormValues;
  /** Set when changing a saved contact; absent when adding one. */
  contactId?: string;
  onClose: () => void;
}

/**
 * A contact, in a dialog over whatever screen the worker is on, built to be filled in well under half a
 * minute: everything but the family and the summary starts filled in. Save is the button or Ctrl+S (not
 * Enter, which would save half a record from any field). Closing with anything typed asks first.
 */
export function ContactDialog({ title, initial, contactId, onClose }: ContactDialogProps) {
  const toast = useToast();
  const save = useSaveContact(contactId);
  const form = useForm<ContactFormValues, unknown, ContactInput>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: initial,
    // react-hook-form would focus plain fields before those drawn by a Controller: see focusFirstProblem.
    shouldFocusError: false,
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [confirmingClose, setConfirmingClose] = useState(false);
  useBeforeUnloadWarning(isDirty);

  const requestClose = () => (isDirty ? setConfirmingClose(true) : onClose());

  const onSubmit = handleSubmit(async (contact) => {
    setFormMessage(null);
    try {
      await save.mutateAsync(contact);
      toast({ text: 'Contact saved' });
      onClose();
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  }, focusFirstProblem);

  const onKeyDown = (event: KeyboardEvent) => {
    const withCtrl = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (withCtrl && event.key.toLowerCase() === 's') {
      event.preventDefault();
      // A form on the screen behind (such as Edit family) listens for Ctrl+S too: this one is for us.
      event.stopPropagation();
      if (!isSubmitting) void onSubmit();
      return;
    }
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) {
      event.preventDefault();
    }
  };

  return (
    <>
      <Dialog.Root open onOpenChange={(open) => !open && requestClose()}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className="dialog contact-dialog"
            aria-describedby={undefined}
            onKeyDown={onKeyDown}
            // A stray click beside the dialog must not throw away what was typed.
            onInteractOutside={(event) => event.preventDefault()}
            onEscapeKeyDown={(event) => {
              // Esc in an open list (the Family picker) closes the list, not the dialog.
              if ((event.target as Element | null)?.closest?.('[aria-expanded="true"]'))
                event.preventDefault();
            }}
          >
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form contact-form">
              <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />

              {contactId ? (
                <FixedFamily familyId={initial.familyId} />
              ) : (
                <Controller
                  control={control}
                  name="familyId"
                  render={({ field, fieldState }) => (
                    <FamilyPicker
                      {...field}
                      onChange={(familyId) => {
                        field.onChange(familyId);
                        // Children belong to one family: a new family starts with none ticked.
                        setValue('childIds', []);
                      }}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              )}

              <div className="contact-row contact-row--when">
                <Controller
                  control={control}
                  name="occurredAt"
                  render={({ field, fieldState }) => (
                    <DateTimeField {...field} error={fieldState.error?.message} />
                  )}
                />
                <TextField
                  label="Duration (minutes)"
                  width="short"
                  inputMode="numeric"
                  autoComplete="off"
                  {...register('durationMinutes', { valueAsNumber: true })}
                  error={errors.durationMinutes?.message}
                />
                <SelectField
                  label="Type of contact"
                  options={contactTypes}
                  {...register('type')}
                  error={errors.type?.message}
                />
              </div>

              <div className="contact-row">
                <ChildrenField control={control} />
                <TextField
                  label="Who was present"
                  autoComplete="off"
                  {...register('present')}
                  error={errors.present?.message}
                />
              </div>

              <TextAreaField
                label="Summary"
                hint="Brief and factual. Put the family’s own words in quotes."
                rows={3}
                {...register('summary')}
                error={errors.summary?.message}
              />

              <div className="contact-row contact-row--next">
                <TextField
                  label="Next step"
                  hint="Optional. It shows on Today when it is due."
                  autoComplete="off"
                  {...register('nextStep')}
                  error={errors.nextStep?.message}
                />
                <Controller
                  control={control}
                  name="nextStepDue"
                  render={({ field, fieldState }) => (
                    <DateField label="Next step due" {...field} error={fieldState.error?.message} />
                  )}
                />
              </div>

              <div className="form-actions contact-actions">
                <Button
                  type="submit"
                  variant="primary"
                  disabled={isSubmitting}
                  title="Save (Ctrl+S)"
                  aria-keyshortcuts="Control+S"
                >
                  {isSubmitting ? 'Saving…' : 'Save contact'}
                </Button>
                <Button onClick={requestClose}>Cancel</Button>
              </div>
            </form>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <ConfirmDialog
        open={confirmingClose}
        title="Close without saving?"
        description="What you have typed for this contact will be lost."
        confirmLabel="Close without saving"
        cancelLabel="Keep editing"
        onConfirm={onClose}
        onCancel={() => setConfirmingClose(false)}
      />
    </>
  );
}

/** A saved contact stays with its family: the family is shown, not offered for change. */
function FixedFamily({ familyId }: { familyId: string }) {
  const family = useChosenFamily(familyId);
  return (
    <p className="contact-family-fixed">
      Family: <strong>{family.data?.familyName ?? 'loading…'}</strong>
    </p>
  );
}

/** The chosen family's children, by the names they go by; a contact may be about any of them. */
function ChildrenField({ control }: { control: Control<ContactFormValues, unknown, ContactInput> }) {
  const familyId = useWatch({ control, name: 'familyId' });
  const family = useChosenFamily(familyId);
  const id = fieldId('childIds');
  return (
    <Controller
      control={control}
      name="childIds"
      render={({ field, fieldState }) => (
        <fieldset
          className="contact-children"
          id={id}
          tabIndex={-1}
          aria-describedby={fieldState.error ? `${id}-hint ${id}-error` : `${id}-hint`}
        >
          <legend>Children</legend>
          <p id={`${id}-hint`} className={family.data && familyId ? 'visually-hidden' : 'field-hint'}>
            {!familyId
              ? 'Choose a family to see its children.'
              : family.isPending
                ? 'Loading the children…'
                : family.isError
                  ? `The children could not be shown. ${family.error.message}`
                  : 'Tick the children this contact was about.'}
          </p>
          {family.data && familyId && (
            <div className="contact-children-list">
              {family.data.children.map((child, index) => (
                <CheckboxField
                  key={child.id}
                  ref={index === 0 ? field.ref : undefined}
                  name={field.name}
                  id={`${id}-${child.id}`}
                  label={knownAs(child)}
                  checked={field.value.includes(child.id)}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked
                        ? [...field.value, child.id]
                        : field.value.filter((childId) => childId !== child.id),
                    )
                  }
                  onBlur={field.onBlur}
                />
              ))}
            </div>
          )}
          <FieldError id={`${id}-error`} message={fieldState.error?.message} />
        </fieldset>
      )}
    />
  );
}
