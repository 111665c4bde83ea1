import { useEffect, useState, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import type { WellbeingScale } from '../../../shared/wellbeing';
import {
  indicatorKeys,
  indicators,
  scorers,
  type AssessmentInput,
  type Indicator,
  type Scorer,
} from '../../../shared/wellbeing';
import { isDialogOpen } from '../../app/shortcuts';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, fieldId } from '../../ui/fieldIds';
import { FieldError } from '../../ui/FieldMessages';
import { listProblems } from '../../ui/formErrors';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveButton } from '../../ui/SaveButton';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { useFormSave } from '../../ui/useFormSave';
import { todayIso } from '../families/dates';
import { assessResolver, type AssessFormValues } from './assessResolver';
import { useRecordAssessment } from './queries';

type Values = AssessFormValues;

/** What each indicator asks, in plain words, so the worker can read it aloud to a child or parent. */
const meanings: Record<Indicator, string> = {
  safe: 'Protected from harm at home, at school and in the community.',
  healthy: 'Good physical and mental health, and help to get it.',
  achieving: 'Supported in learning, skills, confidence and self-esteem.',
  nurtured: 'A caring place to live, or suitable care where needed.',
  active: 'Chances to play, take part in activities and sport.',
  respected: 'Listened to and involved in decisions about them.',
  responsible: 'Given responsible roles at school and in the community.',
  included: 'Helped over unfairness and accepted as part of the community.',
};

const blank = (childId: string, scale: WellbeingScale): Values => ({
  childId,
  scale,
  assessedOn: todayIso(),
  scoredBy: '' as Scorer,
  scores: Object.fromEntries(
    indicatorKeys.map((key) => [key, { score: null, skippedReason: '', note: '' }]),
  ) as Values['scores'],
});

interface AssessFormProps {
  childId: string;
  childName: string;
  defaultScale: WellbeingScale;
  /** With the new web's id once saved; null when the worker cancelled. */
  onDone: (savedId: string | null) => void;
  /** Told when the form gains or loses unsaved scores, for a dialog that asks before closing. */
  onDirtyChange?: (dirty: boolean) => void;
}

/**
 * A new Wellbeing Web for one child: who gave the scores, on which scale, and for each of the eight
 * indicators a score or the reason it was left out. Scored afresh, without the last web on screen.
 */
export function AssessForm({ childId, childName, defaultScale, onDone, onDirtyChange }: AssessFormProps) {
  const toast = useToast();
  const record = useRecordAssessment();
  const form = useForm<Values, unknown, AssessmentInput>({
    resolver: assessResolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: blank(childId, defaultScale),
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    reset,
    formState: { errors, submitCount },
  } = form;
  const scale = useWatch({ control, name: 'scale' }) as WellbeingScale;
  const { isDirty } = form.formState;
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: `${childName}'s wellbeing assessment`,
    save: (values) => record.mutateAsync(values),
    onSaved: (saved, values) => {
      reset(values);
      toast({ text: `Wellbeing assessment for ${childName} saved.` });
      onDone(saved.id);
    },
    saveKeyWhen: () => !isDialogOpen(),
  });

  return (
    <section className="card" aria-labelledby="assess-wellbeing">
      <h2 id="assess-wellbeing">Assess {childName}&apos;s wellbeing</h2>
      <p>
        Score each indicator afresh, without looking at the last web. If you and the family see it
        differently, save one assessment for each view on the same date.
      </p>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <Controller
          control={control}
          name="assessedOn"
          render={({ field, fieldState }) => (
            <DateField label="Date of the assessment" {...field} error={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="scoredBy"
          render={({ field, fieldState }) => (
            <RadioGroupField
              {...field}
              legend="Who gave these scores?"
              options={choicesOf(scorers)}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="scale"
          render={({ field, fieldState }) => (
            <RadioGroupField
              name={field.name}
              legend="Scale"
              hint="The school's usual scale is chosen in Settings."
              inline
              options={[
                { value: '10', label: '1 to 10' },
                { value: '5', label: '1 to 5' },
              ]}
              value={String(field.value)}
              onChange={(value) => field.onChange(Number(value))}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <p id="score-guide" className="field-hint">
          For each indicator, choose a score from 1 (the lowest) to {scale} (the best), or &ldquo;Not
          scored&rdquo; with the reason. In a row of scores, type a number to choose it
          {scale === 10 ? ' (0 for 10)' : ''}.
        </p>
        {indicatorKeys.map((key) => (
          <IndicatorFields key={key} indicator={key} scale={scale} control={control} />
        ))}
        <div className="form-actions">
          <SaveButton label="Save assessment" saving={saving} />
          <Button onClick={() => onDone(null)}>Cancel</Button>
        </div>
        <input type="hidden" {...register('childId')} />
      </form>
      {leaveDialog}
    </section>
  );
}

const NOT_SCORED = 'not-scored';

function IndicatorFields({
  indicator,
  scale,
  control,
}: {
  indicator: Indicator;
  scale: WellbeingScale;
  control: Control<Values, unknown, AssessmentInput>;
}) {
  const label = indicators[indicator];
  // "Not scored" is a choice of its own: a score of null with nothing chosen yet is not the same thing.
  const [skipped, setSkipped] = useState(false);
  const scoreName = `scores.${indicator}.score` as const;
  const baseId = fieldId(scoreName);
  return (
    <fieldset className="indicator-fieldset">
      <legend>{label}</legend>
      <p className="indicator-meaning">{meanings[indicator]}</p>
      <Controller
        control={control}
        name={scoreName}
        render={({ field, fieldState }) => {
          const error = fieldState.error?.message;
          const ids = describedBy(baseId, false, error);
          const choose = (value: string) => {
            if (value === NOT_SCORED) {
              setSkipped(true);
              field.onChange(null);
            } else {
              setSkipped(false);
              field.onChange(Number(value));
            }
          };
          const current = field.value === null ? (skipped ? NOT_SCORED : '') : String(field.value);
          const options = [...Array.from({ length: scale }, (_, index) => String(index + 1)), NOT_SCORED];
          // Typing a digit picks that score (0 for 10), as quick as a select and still a radio group.
          const onKeyDown = (event: KeyboardEvent) => {
            if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.altKey || event.metaKey) return;
            const score = event.key === '0' ? 10 : Number(event.key);
            if (score > scale) return;
            event.preventDefault();
            choose(String(score));
            document.getElementById(score === 1 ? baseId : `${baseId}-${score - 1}`)?.focus();
          };
          return (
            <div className="field" onKeyDown={onKeyDown}>
              <fieldset
                className="score-choices"
                aria-describedby={['score-guide', ids.describedBy].filter(Boolean).join(' ')}
              >
                <legend className="visually-hidden">{label} score</legend>
                {options.map((value, index) => {
                  const id = index === 0 ? baseId : `${baseId}-${index}`;
                  return (
                    <label key={value} htmlFor={id}>
                      <input
                        id={id}
                        ref={index === 0 ? field.ref : undefined}
                        type="radio"
                        name={field.name}
                        value={value}
                        checked={current === value}
                        onChange={() => choose(value)}
                        onBlur={field.onBlur}
                        aria-invalid={error ? true : undefined}
                      />
                      {value === NOT_SCORED ? 'Not scored' : value}
                    </label>
                  );
                })}
              </fieldset>
              <FieldError id={ids.errorId} message={error} />
            </div>
          );
        }}
      />
      {skipped && (
        <Controller
          control={control}
          name={`scores.${indicator}.skippedReason`}
          render={({ field, fieldState }) => (
            <TextField
              label={`Why ${label} was not scored`}
              autoComplete="off"
              {...field}
              value={field.value ?? ''}
              error={fieldState.error?.message}
            />
          )}
        />
      )}
      <Controller
        control={control}
        name={`scores.${indicator}.note`}
        render={({ field, fieldState }) => (
          <TextField
            label={`Note on ${label} (optional)`}
            autoComplete="off"
            {...field}
            value={field.value ?? ''}
            error={fieldState.error?.message}
          />
        )}
      />
    </fieldset>
  );
}
