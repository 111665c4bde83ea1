import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { PassphraseStrength } from '../../ui/PassphraseStrength';
import { TextField } from '../../ui/TextField';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { PASSPHRASE_RULE } from '../vault/passphraseRule';
import { changePassphraseForm, type ChangePassphraseFormValues } from './changePassphraseForm';

const empty: ChangePassphraseFormValues = { current: '', next: '', confirmNext: '' };

export function ChangePassphraseForm({ personalWords }: { personalWords: string[] }) {
  const form = useForm<ChangePassphraseFormValues>({
    resolver: zodResolver(changePassphraseForm),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: empty,
  });
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    trigger,
    getFieldState,
    formState: { errors, isSubmitting, submitCount, isDirty },
  } = form;
  const checkOnLeave = useFieldChecks(form);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const next = useWatch({ control, name: 'next' });

  const change = handleSubmit(async ({ current, next: newPassphrase }) => {
    setFormMessage(null);
    try {
      await call('vault.changePassphrase', { current, next: newPassphrase });
      reset(empty);
      setChanged(true);
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });

  return (
    <section className="card" aria-labelledby="change-passphrase">
      <h2 id="change-passphrase">Change passphrase</h2>
      <form onSubmit={change} onBlurCapture={checkOnLeave} noValidate className="form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <TextField
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          {...register('current')}
          error={errors.current?.message}
        />
        <TextField
          label="New passphrase"
          type="password"
          autoComplete="new-password"
          hint={PASSPHRASE_RULE}
          {...register('next', {
            onChange: () => {
              if (getFieldState('confirmNext').isDirty) void trigger('confirmNext');
            },
          })}
          error={errors.next?.message}
        />
        <PassphraseStrength id="new-passphrase-strength" passphrase={next} personalWords={personalWords} />
        <TextField
          label="Type the new passphrase again"
          type="password"
          autoComplete="new-password"
          {...register('confirmNext')}
          error={errors.confirmNext?.message}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {isSubmitting ? 'Changing the passphrase…' : 'Change passphrase'}
          </Button>
          <p role="status" className="form-saved">
            {changed && !isDirty ? 'Passphrase changed. Use the new one next time you unlock.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
