import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { actors } from '../../../shared/plans';
import { indicators, type Indicator } from '../../../shared/wellbeing';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { FieldError } from '../../ui/FieldMessages';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { PlanFormValues } from './planForm';

const actorOptions = choicesOf(actors);

interface NeedFieldsProps {
  index: number;
  /** Where this indicator sits on the web the plan was built from, e.g. "2 out of 10". */
  scoreOf: (indicator: Indicator) => string | null;
  onRemove: () => void;
}

/** One thing the plan works on: the indicator, the family's outcome, its targets, who does what, and support. */
export function NeedFields({ index, scoreOf, onRemove }: NeedFieldsProps) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<PlanFormValues>();
  const targets = useFieldArray({ control, name: `needs.${index}.targets` });
  const actions = useFieldArray({ control, name: `needs.${index}.actions` });
  const needErrors = errors.needs?.[index];
  const indicator = useWatch({ control, name: `needs.${index}.indicator` });
  const name = indicators[indicator];
  const score = scoreOf(indicator);
  const listError = (list: { message?: string; root?: { message?: string } } | undefined) =>
    list?.message ?? list?.root?.message;

  return (
    <section className="card need" aria-labelledby={`need-${index}-heading`}>
      <div className="record-heading">
        <h3 id={`need-${index}-heading`}>
          {index + 1}. {name}
          {score && <span className="muted"> (scored {score})</span>}
        </h3>
        <Button variant="link" onClick={onRemove}>
          Remove <span className="visually-hidden">{name} from the plan</span>
        </Button>
      </div>
      <SelectField
        label="Wellbeing indicator"
        options={choicesOf(indicators)}
        {...register(`needs.${index}.indicator`)}
        error={needErrors?.indicator?.message}
      />
      <TextAreaField
        label="What the family wants"
        hint="In the family’s own words, as they said it. This is printed for them."
        rows={2}
        {...register(`needs.${index}.outcome`)}
        error={needErrors?.outcome?.message}
      />

      <fieldset className="plan-list" aria-describedby={`need-${index}-targets-error`}>
        <legend>Targets</legend>
        <p className="field-hint">Small steps that can be seen: what, how often, by when.</p>
        {targets.fields.map((target, targetIndex) => (
          <div key={target.id} className="plan-row">
            <TextField
              label={`Target ${targetIndex + 1}`}
              autoComplete="off"
              {...register(`needs.${index}.targets.${targetIndex}.description`)}
              error={needErrors?.targets?.[targetIndex]?.description?.message}
            />
            <Button variant="link" onClick={() => targets.remove(targetIndex)}>
              Remove <span className="visually-hidden">target {targetIndex + 1}</span>
            </Button>
          </div>
        ))}
        <FieldError id={`need-${index}-targets-error`} message={listError(needErrors?.targets)} />
        <Button onClick={() => targets.append({ description: '' })}>Add a target</Button>
      </fieldset>

      <fieldset className="plan-list" aria-describedby={`need-${index}-actions-error`}>
        <legend>Who will do what</legend>
        {actions.fields.map((action, actionIndex) => {
          const actionErrors = needErrors?.actions?.[actionIndex];
          return (
            <div
              key={action.id}
              className="plan-action"
              role="group"
              aria-label={`Action ${actionIndex + 1}`}
            >
              <SelectField
                label="Who"
                options={actorOptions}
                {...register(`needs.${index}.actions.${actionIndex}.who`)}
                error={actionErrors?.who?.message}
              />
              <TextField
                label="Name (optional)"
                hint="Printed instead, e.g. Mum, Mrs Okafor"
                autoComplete="off"
                width="medium"
                {...register(`needs.${index}.actions.${actionIndex}.whoName`)}
                error={actionErrors?.whoName?.message}
              />
              <TextField
                label="What they will do"
                autoComplete="off"
                {...register(`needs.${index}.actions.${actionIndex}.what`)}
                error={actionErrors?.what?.message}
              />
              <Controller
                control={control}
                name={`needs.${index}.actions.${actionIndex}.dueOn`}
                render={({ field, fieldState }) => (
                  <DateField label="By when (optional)" {...field} error={fieldState.error?.message} />
                )}
              />
              <Button variant="link" onClick={() => actions.remove(actionIndex)}>
                Remove <span className="visually-hidden">action {actionIndex + 1}</span>
              </Button>
            </div>
          );
        })}
        <FieldError id={`need-${index}-actions-error`} message={listError(needErrors?.actions)} />
        <Button onClick={() => actions.append({ who: 'worker', whoName: '', what: '', dueOn: '' })}>
          Add an action
        </Button>
      </fieldset>

      <TextAreaField
        label="Support and services involved (optional)"
        rows={2}
        {...register(`needs.${index}.support`)}
        error={needErrors?.support?.message}
      />
    </section>
  );
}
