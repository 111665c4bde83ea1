import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signpostInput, signpostKinds } from '../../../shared/directory';
import { DateField } from '../../ui/DateField';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveFormDialog } from '../../ui/SaveFormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { todayIso } from '../families/dates';
import { useCreateSignpost } from './queries';
import { ServicePicker } from './ServicePicker';
import './directory.css';

type SignpostValues = z.input<typeof signpostInput>;
type SignpostSaved = z.output<typeof signpostInput>;

interface SignpostDialogProps {
  familyId: string;
  /** What the note starts with, e.g. the plan action this signpost carries out. */
  note?: string;
  onClose: () => void;
}

/** Signpost or refer the family to a service: from the family's Overview, or from an action on their plan. */
export function SignpostDialog({ familyId, note = '', onClose }: SignpostDialogProps) {
  const toast = useToast();
  const create = useCreateSignpost(familyId);
  const form = useForm<SignpostValues, unknown, SignpostSaved>({
    resolver: zodResolver(signpostInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: { familyId, serviceId: '', kind: 'signpost', on: todayIso(), note },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'this signpost',
    save: (values) => create.mutateAsync(values),
    onSaved: (_saved, values) => {
      toast({ text: `${signpostKinds[values.kind]} to the service. It is on the chronology.` });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title="Signpost or refer to a service"
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Record it"
    >
      <Controller
        control={control}
        name="serviceId"
        render={({ field }) => (
          <ServicePicker
            label="Service"
            value={field.value || null}
            onChange={(id) => field.onChange(id ?? '')}
            {...(errors.serviceId?.message ? { error: errors.serviceId.message } : {})}
          />
        )}
      />
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <RadioGroupField
            {...field}
            legend="What did you do?"
            options={[
              {
                value: 'signpost',
                label: 'Signposted',
                hint: 'Gave the family the details to get in touch',
              },
              { value: 'referral', label: 'Referred', hint: 'Made the referral for the family' },
            ]}
            error={errors.kind?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="on"
        render={({ field }) => <DateField {...field} label="Date" error={errors.on?.message} />}
      />
      <TextAreaField label="Note (optional)" rows={3} {...register('note')} error={errors.note?.message} />
    </SaveFormDialog>
  );
}
