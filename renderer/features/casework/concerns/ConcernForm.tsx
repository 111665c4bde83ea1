import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { dslRoutes } from '../../../../shared/casework';
import { knownAs, type Family } from '../../../../shared/families';
import { Button } from '../../../ui/Button';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DateTimeField } from '../../../ui/DateTimeField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { listProblems } from '../../../ui/formErrors';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { SaveButton } from '../../../ui/SaveButton';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFieldChecks } from '../../../ui/useFieldChecks';
import { useFormSave } from '../../../ui/useFormSave';
import {
  blankConcern,
  concernFieldName,
  concernFormSchema,
  NOT_ONE_CHILD,
  toRecordConcern,
  type ConcernFormOutput,
  type ConcernFormValues,
} from './concernForm';
import { useRecordConcern } from './queries';

export const cannotChange = 'Once saved, a concern cannot be changed or deleted. You can add to it later.';

/** A safeguarding concern, written once and factually; it may be passed to the DSL in the same step. */
export function ConcernForm({ family }: { family: Family }) {
  const navigate = useNavigate();
  const toast = useToast();
  const record = useRecordConcern(family.id);
  const form = useForm<ConcernFormValues, unknown, ConcernFormOutput>({
    resolver: zodResolver(concernFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: blankConcern(family),
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    formState: { errors, submitCount },
  } = form;
  const passToDsl = useWatch({ control, name: 'passToDsl' });
  const [checked, setChecked] = useState<ConcernFormOutput | null>(null);
  // Saving is in two steps: the form is checked, then the worker confirms that it is final.
  const { onSubmit, saveChecked, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'this concern',
    save: (values) => record.mutateAsync(toRecordConcern(family.id, values)),
    onSaved: ({ id }) => {
      toast({ text: 'Concern saved.' });
      navigate(`/families/${family.id}/concerns/${id}`, { replace: true });
    },
    serverFieldName: concernFieldName,
    askFirst: setChecked,
    saveKeyWhen: () => checked === null,
  });
  const save = (values: ConcernFormOutput) => {
    setChecked(null);
    void saveChecked(values);
  };

  return (
    <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form">
      <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
      <section className="card form" aria-labelledby="concern-what">
        <h2 id="concern-what">What happened</h2>
        <Controller
          control={control}
          name="occurredAt"
          render={({ field, fieldState }) => (
            <DateTimeField legend="When it happened" {...field} error={fieldState.error?.message} />
          )}
        />
        {family.children.length > 0 && (
          <Controller
            control={control}
            name="childId"
            render={({ field, fieldState }) => (
              <RadioGroupField
                legend="Which child is it about?"
                options={[
                  ...family.children.map((child) => ({ value: child.id, label: knownAs(child) })),
                  { value: NOT_ONE_CHILD, label: 'Not about one child' },
                ]}
                {...field}
                error={fieldState.error?.message}
              />
            )}
          />
        )}
        <TextAreaField
          label="What was seen or said"
          hint="In the person's own words, in quotes. Facts, not opinion."
          rows={7}
          {...register('whatHappened')}
          error={errors.whatHappened?.message}
        />
        <TextAreaField
          label="Action taken"
          hint="What you did about it, and when."
          rows={4}
          {...register('actionTaken')}
          error={errors.actionTaken?.message}
        />
      </section>

      <section className="card form" aria-labelledby="concern-dsl">
        <h2 id="concern-dsl">The Designated Safeguarding Lead</h2>
        <CheckboxField
          label="I have passed this to the DSL"
          hint="If not yet, pass it on as soon as you can, then add that to the concern."
          {...register('passToDsl')}
        />
        {passToDsl && (
          <>
            <Controller
              control={control}
              name="passedAt"
              render={({ field, fieldState }) => (
                <DateTimeField legend="When it was passed on" {...field} error={fieldState.error?.message} />
              )}
            />
            <div className="member-grid">
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
            </div>
          </>
        )}
      </section>

      <div className="form-actions form-actions--sticky">
        <SaveButton label="Save concern" saving={saving} aria-describedby="concern-final" />
        <Button onClick={() => navigate(`/families/${family.id}/overview`)}>Cancel</Button>
        {/* Beside the button, so it is in view whenever Save is. */}
        <p className="final-warning" id="concern-final">
          <strong>Check before saving.</strong> {cannotChange}
        </p>
      </div>
      <ConfirmDialog
        open={checked !== null}
        title="Save this concern?"
        description={cannotChange}
        confirmLabel="Save concern"
        cancelLabel="Go back and check"
        onConfirm={() => checked && save(checked)}
        onCancel={() => setChecked(null)}
      />
      {leaveDialog}
    </form>
  );
}
