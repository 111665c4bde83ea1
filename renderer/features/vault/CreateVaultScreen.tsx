import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { PageHeading } from '../../ui/PageHeading';
import { PassphraseStrength } from '../../ui/PassphraseStrength';
import { TextField } from '../../ui/TextField';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { createVaultForm, type CreateVaultFormInput, type CreateVaultFormOutput } from './createVaultForm';
import { PASSPHRASE_RULE } from './passphraseRule';
import './vault.css';

interface CreateVaultScreenProps {
  onCreated: (recoveryKey: string | null, schoolName: string) => void;
  /** Linkbook moving from another laptop: its records come from a copy instead. */
  onRestoreCopy: () => void;
}

/** First run: the vault does not exist yet. */
export function CreateVaultScreen({ onCreated, onRestoreCopy }: CreateVaultScreenProps) {
  const form = useForm<CreateVaultFormInput, unknown, CreateVaultFormOutput>({
    resolver: zodResolver(createVaultForm),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      schoolName: '',
      workerName: '',
      passphrase: '',
      confirmPassphrase: '',
      makeRecoveryKey: true,
    },
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    trigger,
    getFieldState,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const checkOnLeave = useFieldChecks(form);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [passphrase, schoolName, workerName] = useWatch({
    control,
    name: ['passphrase', 'schoolName', 'workerName'],
  });

  const create = handleSubmit(async ({ confirmPassphrase: _typedTwice, ...input }) => {
    setFormMessage(null);
    try {
      const { recoveryKey } = await call('vault.create', input);
      onCreated(recoveryKey, input.schoolName);
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });

  return (
    <main className="gate">
      <div className="gate-card">
        <PageHeading>Set up Linkbook</PageHeading>
        <p>
          Linkbook keeps your families’ records in a vault on this laptop, locked with a passphrase that only
          you know.
        </p>
        <form onSubmit={create} onBlurCapture={checkOnLeave} noValidate className="form">
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

          <div className="notice">
            <h2>If you forget your passphrase, nobody can get your records back</h2>
            <p>
              Not the school, not IT support, not the people who made Linkbook: the vault cannot be opened
              without it. A recovery key is a second way in, for the day you forget.
            </p>
          </div>

          <TextField
            label="Passphrase"
            type="password"
            autoComplete="new-password"
            hint={PASSPHRASE_RULE}
            {...register('passphrase', {
              onChange: () => {
                if (getFieldState('confirmPassphrase').isDirty) void trigger('confirmPassphrase');
              },
            })}
            error={errors.passphrase?.message}
          />
          <PassphraseStrength
            id="passphrase-strength"
            passphrase={passphrase}
            personalWords={[schoolName, workerName]}
          />
          <TextField
            label="Type the passphrase again"
            type="password"
            autoComplete="new-password"
            {...register('confirmPassphrase')}
            error={errors.confirmPassphrase?.message}
          />
          <CheckboxField
            label="Make a recovery key"
            hint="Recommended. You will print it or write it down on the next screen, and keep it away from the laptop."
            {...register('makeRecoveryKey')}
          />
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={isSubmitting}>
              {isSubmitting ? 'Creating the vault…' : 'Create vault'}
            </Button>
          </div>
        </form>
        <p className="gate-aside">
          Moving Linkbook from another laptop?{' '}
          <Button variant="link" onClick={onRestoreCopy}>
            Restore from a copy elsewhere
          </Button>
        </p>
      </div>
    </main>
  );
}
