import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { Input } from '../../../../shared/api';
import { addendumInput, dslRoutes, type Concern } from '../../../../shared/casework';
import { nowLocal } from '../../../ui/dateTime';
import { DateTimeField } from '../../../ui/DateTimeField';
import { SaveFormDialog } from '../../../ui/SaveFormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFormSave } from '../../../ui/useFormSave';
import { dateTimeDisplay } from '../../families/dates';
import { checkDslFields, dslFields, passedToDslOf } from './concernForm';
import { useAddAddendum } from './queries';

export type TextAddendumKind = 'note' | 'dsl_decision' | 'resolved';

const wording = {
  note: {
    title: 'Add a note',
    label: 'Note',
    hint: 'Facts, dated and sourced. It is added to the concern with today’s date and time.',
    save: 'Add note',
    done: 'Note added to the concern.',
  },
  dsl_decision: {
    title: 'Add the DSL’s decision',
    label: 'The DSL’s decision',
    hint: 'What the DSL decided and what happens next, for example a referral to social work.',
    save: 'Add decision',
    done: 'The DSL’s decision is added.',
  },
  resolved: {
    title: 'Mark the concern resolved',
    label: 'Why it is resolved',
    hint: 'The banner on the family page goes once the concern is resolved.',
    save: 'Mark resolved',
    done: 'Concern marked resolved.',
  },
} as const;

type AddendumValues = { concernId: string; kind: TextAddendumKind; text: string };
// The contract's schema is a union over every kind; this form fills in one of the text-only kinds.
const textResolver = zodResolver(addendumInput) as unknown as Resolver<
  AddendumValues,
  unknown,
  Input<'concerns.addAddendum'>
>;

interface AddendumDialogProps {
  concern: Concern;
  onClose: () => void;
}

/** A note, the DSL's decision or the resolution: text added to the concern, never changing it. */
export function TextAddendumDialog({
  concern,
  kind,
  onClose,
}: AddendumDialogProps & { kind: TextAddendumKind }) {
  const toast = useToast();
  const add = useAddAddendum(concern.familyId);
  const words = wording[kind];
  const form = useForm<AddendumValues, unknown, Input<'concerns.addAddendum'>>({
    resolver: textResolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: { concernId: concern.id, kind, text: '' },
  });
  const {
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'this addition',
    save: (values) => add.mutateAsync(values),
    onSaved: () => {
      toast({ text: words.done });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title={words.title}
      description={`To the concern of ${dateTimeDisplay(concern.occurredAt)}. Once added, it cannot be changed.`}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel={words.save}
    >
      <TextAreaField
        label={words.label}
        hint={words.hint}
        rows={5}
        {...register('text')}
        error={errors.text?.message}
      />
    </SaveFormDialog>
  );
}

const passOnSchema = z
  .object({ ...dslFields, text: addendumInput.options[1].shape.text })
  .superRefine(checkDslFields);
type PassOnValues = z.input<typeof passOnSchema>;
type PassOn = z.output<typeof passOnSchema>;

/** The concern has gone to the DSL: when, how and to whom. */
export function PassToDslDialog({ concern, onClose }: AddendumDialogProps) {
  const toast = useToast();
  const add = useAddAddendum(concern.familyId);
  const form = useForm<PassOnValues, unknown, PassOn>({
    resolver: zodResolver(passOnSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: { passedAt: nowLocal(), passedHow: '', dslName: '', text: '' },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'this addition',
    save: (values) =>
      add.mutateAsync({
        concernId: concern.id,
        kind: 'passed_to_dsl',
        text: values.text,
        ...passedToDslOf(values),
      }),
    onSaved: () => {
      toast({ text: 'Recorded as passed to the DSL.' });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title="Pass to DSL"
      description={`Record when the concern of ${dateTimeDisplay(concern.occurredAt)} went to the Designated Safeguarding Lead.`}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Save"
    >
      <Controller
        control={control}
        name="passedAt"
        render={({ field, fieldState }) => (
          <DateTimeField legend="When it was passed on" {...field} error={fieldState.error?.message} />
        )}
      />
      <SelectField
        label="How it was passed on"
        options={dslRoutes}
        emptyOption="Choose…"
        {...register('passedHow')}
        error={errors.passedHow?.message}
      />
      <TextField
        label="DSL's name"
        autoComplete="off"
        {...register('dslName')}
        error={errors.dslName?.message}
      />
      <TextAreaField label="Note (optional)" {...register('text')} error={errors.text?.message} />
    </SaveFormDialog>
  );
}
