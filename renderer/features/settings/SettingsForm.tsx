import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { settingsFields, type Settings } from '../../../shared/settings';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems } from '../../ui/formErrors';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveButton } from '../../ui/SaveButton';
import { TextField } from '../../ui/TextField';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { useFormSave } from '../../ui/useFormSave';
import { useUpdateSettings } from './queries';

export function SettingsForm({ settings }: { settings: Settings }) {
  const update = useUpdateSettings();
  const form = useForm<Settings>({
    resolver: zodResolver(settingsFields),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: settings,
  });
  const {
    register,
    control,
    reset,
    formState: { errors, isDirty, submitCount },
  } = form;
  const checkOnLeave = useFieldChecks(form);
  const [saved, setSaved] = useState(false);
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'the settings',
    save: (values) => update.mutateAsync(values),
    onSaved: (settings) => {
      reset(settings);
      setSaved(true);
    },
    leavesAfterSaving: false,
  });

  return (
    <section className="card" aria-labelledby="settings-details">
      <h2 id="settings-details">School, lock, wellbeing and returns</h2>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <TextField
          label="School name"
          autoComplete="organization"
          {...register('schoolName')}
          error={errors.schoolName?.message}
        />
        <TextField
          label="Your name"
          autoComplete="name"
          {...register('workerName')}
          error={errors.workerName?.message}
        />
        <TextField
          label="Lock after this many minutes without use"
          hint="Between 1 and 120. Linkbook locks itself so nobody can read your records on a laptop left open."
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          width="short"
          {...register('idleLockMinutes', { valueAsNumber: true })}
          error={errors.idleLockMinutes?.message}
        />
        <Controller
          control={control}
          name="wellbeingScale"
          render={({ field, fieldState }) => (
            <RadioGroupField
              name={field.name}
              legend="Wellbeing Web scale"
              hint="The scale new wellbeing assessments start on. A single assessment can still use the other."
              options={[
                { value: '10', label: '1 to 10', hint: 'As on the common paper webs.' },
                { value: '5', label: '1 to 5', hint: 'As on the national online wellbeing tool.' },
              ]}
              value={String(field.value)}
              onChange={(value) => field.onChange(Number(value))}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextField
          label="In returns, hide counts below"
          hint="Between 2 and 20; authorities usually ask for 5, and counts of 1 to 4 are then written “<5”. The Returns screen always shows the true figures."
          type="number"
          inputMode="numeric"
          min={2}
          max={20}
          width="short"
          {...register('smallNumberThreshold', { valueAsNumber: true })}
          error={errors.smallNumberThreshold?.message}
        />
        <div className="form-actions">
          <SaveButton label="Save settings" saving={saving} />
          <p role="status" className="form-saved">
            {saved && !isDirty ? 'Settings saved.' : ''}
          </p>
        </div>
      </form>
      {leaveDialog}
    </section>
  );
}
