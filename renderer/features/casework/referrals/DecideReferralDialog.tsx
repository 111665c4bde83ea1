import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { decideReferralInput, type Referral } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { DateField } from '../../../ui/DateField';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { SaveFormDialog } from '../../../ui/SaveFormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFormSave } from '../../../ui/useFormSave';
import { todayIso } from '../../families/dates';
import { useDecideReferral } from './queries';

type DecisionValues = z.input<typeof decideReferralInput>;
type Decision = z.output<typeof decideReferralInput>;

const decisions = [
  { value: 'accepted', label: 'Accept', hint: 'A case opens for the family.' },
  { value: 'signposted', label: 'Signpost', hint: 'Another service is better placed to help.' },
  { value: 'declined', label: 'Decline', hint: 'Not taken on, and not passed elsewhere.' },
];

const saidDone = {
  accepted: 'Referral accepted. A case is open.',
  signposted: 'Referral signposted.',
  declined: 'Referral declined.',
} as const;

interface DecideReferralDialogProps {
  referral: Referral;
  onClose: () => void;
}

/** Accept (which opens a case), signpost or decline a referral, once. */
export function DecideReferralDialog({ referral, onClose }: DecideReferralDialogProps) {
  const toast = useToast();
  const decide = useDecideReferral(referral.familyId);
  const form = useForm<DecisionValues, unknown, Decision>({
    resolver: zodResolver(decideReferralInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      id: referral.id,
      decision: '' as DecisionValues['decision'],
      decidedOn: todayIso(),
      reason: '',
      signpostedTo: '',
    },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;
  const decision = useWatch({ control, name: 'decision' });

  const saving = useFormSave(form, {
    changesTo: 'this decision',
    save: (values) => decide.mutateAsync(values),
    onSaved: (_saved, values) => {
      toast({ text: saidDone[values.decision] });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title="Decide on this referral"
      description={`Received ${isoToDisplay(referral.receivedOn)} from ${referral.referrerName}. A referral is decided once.`}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Save decision"
    >
      <Controller
        control={control}
        name="decision"
        render={({ field, fieldState }) => (
          <RadioGroupField
            legend="Decision"
            options={decisions}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="decidedOn"
        render={({ field, fieldState }) => (
          <DateField label="Date of the decision" {...field} error={fieldState.error?.message} />
        )}
      />
      {decision === 'signposted' && (
        <TextField
          label="Signposted to"
          hint="The service or agency the family was pointed to."
          autoComplete="off"
          {...register('signpostedTo')}
          error={errors.signpostedTo?.message}
        />
      )}
      <TextAreaField
        label={decision === 'accepted' || !decision ? 'Note (optional)' : 'Reason'}
        hint={decision === 'accepted' || !decision ? 'Shown in the chronology.' : 'Why this was decided.'}
        {...register('reason')}
        error={errors.reason?.message}
      />
    </SaveFormDialog>
  );
}
