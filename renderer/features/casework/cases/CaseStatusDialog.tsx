import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { caseStatusLabels, setCaseStatusInput, type Case } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { DateField } from '../../../ui/DateField';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { SaveFormDialog } from '../../../ui/SaveFormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFormSave } from '../../../ui/useFormSave';
import { todayIso } from '../../families/dates';
import { useSetCaseStatus } from './queries';

type StatusValues = z.input<typeof setCaseStatusInput>;
type StatusChange = z.output<typeof setCaseStatusInput>;

const choices = [
  { value: 'active', label: 'Active', hint: 'Working with the family now.' },
  { value: 'monitoring', label: 'Monitoring', hint: 'Keeping an eye on things; little contact.' },
  { value: 'closed', label: 'Closed', hint: 'The work has ended. Give the reason and the outcome.' },
] as const;

/** Active, monitoring or closed, from a date; closing asks why and what changed for the family. */
export function CaseStatusDialog({ familyCase, onClose }: { familyCase: Case; onClose: () => void }) {
  const toast = useToast();
  const setStatus = useSetCaseStatus(familyCase.familyId);
  const form = useForm<StatusValues, unknown, StatusChange>({
    resolver: zodResolver(setCaseStatusInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      id: familyCase.id,
      status: '' as StatusValues['status'],
      on: todayIso(),
      note: '',
      closeReason: '',
      outcome: '',
    },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const status = useWatch({ control, name: 'status' });

  const saving = useFormSave(form, {
    changesTo: 'the case status',
    save: (values) => setStatus.mutateAsync(values),
    onSaved: (_saved, values) => {
      toast({ text: `Case now ${caseStatusLabels[values.status].toLowerCase()}.` });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title="Change the case status"
      description={`Opened ${isoToDisplay(familyCase.openedOn)}; now ${caseStatusLabels[familyCase.status].toLowerCase()}.`}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Save status"
    >
      <Controller
        control={control}
        name="status"
        render={({ field, fieldState }) => (
          <RadioGroupField
            legend="New status"
            options={choices.filter((choice) => choice.value !== familyCase.status)}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="on"
        render={({ field, fieldState }) => (
          <DateField label="From" {...field} error={fieldState.error?.message} />
        )}
      />
      {status === 'closed' && (
        <>
          <TextField
            label="Reason for closing"
            hint="For example: needs met, family moved away, handed to social work."
            autoComplete="off"
            {...register('closeReason')}
            error={errors.closeReason?.message}
          />
          <TextAreaField
            label="Outcome for the family"
            hint="What changed for the child and family."
            {...register('outcome')}
            error={errors.outcome?.message}
          />
        </>
      )}
      <TextAreaField label="Note (optional)" {...register('note')} error={errors.note?.message} />
    </SaveFormDialog>
  );
}
