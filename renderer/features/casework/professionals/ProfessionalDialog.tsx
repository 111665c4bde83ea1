import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { professionalInput, type Professional } from '../../../../shared/casework';
import { CheckboxField } from '../../../ui/CheckboxField';
import { SaveFormDialog } from '../../../ui/SaveFormDialog';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFormSave } from '../../../ui/useFormSave';
import { useSaveProfessional } from './queries';

type ProfessionalValues = z.input<typeof professionalInput>;
type ProfessionalSaved = z.output<typeof professionalInput>;

interface ProfessionalDialogProps {
  familyId: string;
  /** Absent when adding one. */
  professional?: Professional | undefined;
  onClose: () => void;
}

/** Another professional working with the family, and whether the family agreed to share with them. */
export function ProfessionalDialog({ familyId, professional, onClose }: ProfessionalDialogProps) {
  const toast = useToast();
  const save = useSaveProfessional(familyId);
  const form = useForm<ProfessionalValues, unknown, ProfessionalSaved>({
    resolver: zodResolver(professionalInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Only the fields the contract takes: it refuses any other.
    defaultValues: {
      ...(professional ? { id: professional.id } : {}),
      familyId,
      name: professional?.name ?? '',
      agency: professional?.agency ?? '',
      role: professional?.role ?? '',
      phone: professional?.phone ?? '',
      email: professional?.email ?? '',
      consentToShare: professional?.consentToShare ?? false,
    },
  });
  const {
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'this professional',
    save: (values) => save.mutateAsync(values),
    onSaved: (_saved, values) => {
      toast({ text: `${values.name} saved.` });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title={professional ? `Edit ${professional.name}` : 'Add a professional'}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel={professional ? 'Save changes' : 'Add professional'}
    >
      <TextField label="Name" autoComplete="off" {...register('name')} error={errors.name?.message} />
      <TextField
        label="Agency"
        hint="For example: Social work, Health visiting, CAMHS"
        autoComplete="off"
        {...register('agency')}
        error={errors.agency?.message}
      />
      <TextField label="Role" autoComplete="off" {...register('role')} error={errors.role?.message} />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="off"
        width="medium"
        {...register('phone')}
        error={errors.phone?.message}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="off"
        {...register('email')}
        error={errors.email?.message}
      />
      <CheckboxField
        label="The family agreed we can share information with them"
        {...register('consentToShare')}
        error={errors.consentToShare?.message}
      />
    </SaveFormDialog>
  );
}
