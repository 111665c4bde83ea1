import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { openCaseInput } from '../../../../shared/casework';
import { DateField } from '../../../ui/DateField';
import { SaveFormDialog } from '../../../ui/SaveFormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useToast } from '../../../ui/Toast';
import { useFormSave } from '../../../ui/useFormSave';
import { todayIso } from '../../families/dates';
import { useOpenCase } from './queries';

type OpenValues = z.input<typeof openCaseInput>;
type OpenCase = z.output<typeof openCaseInput>;

/** A case opened without a referral: a family who asked for help in the playground. */
export function OpenCaseDialog({ familyId, onClose }: { familyId: string; onClose: () => void }) {
  const toast = useToast();
  const open = useOpenCase(familyId);
  const form = useForm<OpenValues, unknown, OpenCase>({
    resolver: zodResolver(openCaseInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: { familyId, on: todayIso(), note: '' },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'the new case',
    save: (values) => open.mutateAsync(values),
    onSaved: () => {
      toast({ text: 'Case opened.' });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title="Open a case"
      description="For work that did not start with a referral. A referral that is accepted opens its own case."
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Open the case"
    >
      <Controller
        control={control}
        name="on"
        render={({ field, fieldState }) => (
          <DateField label="Date the case opened" {...field} error={fieldState.error?.message} />
        )}
      />
      <TextAreaField
        label="Note (optional)"
        hint="How the work started. Shown in the chronology."
        {...register('note')}
        error={errors.note?.message}
      />
    </SaveFormDialog>
  );
}
