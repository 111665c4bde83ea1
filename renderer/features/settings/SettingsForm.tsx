import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { settingsFields, type Settings } from '../../../shared/settings';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { useLeaveGuard } from '../../ui/useLeaveGuard';
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
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  const checkOnLeave = useFieldChecks(form);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { dialog } = useLeaveGuard(isDirty, 'the settings');

  const save = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      reset(await update.mutateAsync(values));
      setSaved(true);
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });
  useShortcut('s', () => !isSubmitting && void save());

  return (
    <section className="card" aria-labelledby="settings-details">
      <h2 id="settings-details">School, lock and wellbeing</h2>
      <form onSubmit={save} onBlurCapture={checkOnLeave} noValidate className="form">
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
        <div className="form-actions">
          <Button
            type="submit"
            variant="primary"
            disabled={isSubmitting}
            aria-keyshortcuts="Control+S"
            title="Save (Ctrl+S)"
          >
            {isSubmitting ? 'Saving…' : 'Save settings'}
          </Button>
          <p role="status" className="form-saved">
            {saved && !isDirty ? 'Settings saved.' : ''}
          </p>
        </div>
      </form>
      {dialog}
    </section>
  );
}
