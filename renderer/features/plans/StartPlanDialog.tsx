import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { isoToDisplay } from '../../../shared/dates';
import { knownAs, type Family } from '../../../shared/families';
import { createPlanInput } from '../../../shared/plans';
import { scorers } from '../../../shared/wellbeing';
import { CheckboxField } from '../../ui/CheckboxField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldError } from '../../ui/FieldMessages';
import { DialogFormActions, FormDialog } from '../../ui/FormDialog';
import { listProblems } from '../../ui/formErrors';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { useCreatePlan } from './queries';
import { useChildAssessments } from './useChildAssessments';

type StartValues = z.input<typeof createPlanInput>;
type StartPlan = z.output<typeof createPlanInput>;

/** Which children the plan is for, and the web it starts from (its low indicators become the first needs). */
export function StartPlanDialog({ family, onClose }: { family: Family; onClose: () => void }) {
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreatePlan();
  const form = useForm<StartValues, unknown, StartPlan>({
    resolver: zodResolver(createPlanInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      familyId: family.id,
      childIds: family.children.length === 1 ? [family.children[0]!.id] : [],
      basedOnAssessmentId: null,
    },
  });
  const {
    control,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  const childIds = useWatch({ control, name: 'childIds' });
  const webs = useChildAssessments(childIds);
  const childName = (id: string) => {
    const child = family.children.find((one) => one.id === id);
    return child ? knownAs(child) : '';
  };
  const { onSubmit, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'the new plan',
    save: (values) => create.mutateAsync(values),
    onSaved: ({ planId }) => {
      toast({ text: 'Plan started as a draft.' });
      onClose();
      navigate(`/families/${family.id}/plans/${planId}`);
    },
  });

  return (
    <FormDialog
      title="Start an action plan"
      description="The plan starts as a draft. Nothing is agreed until you finalise it."
      dirty={isDirty}
      onClose={onClose}
    >
      {(requestClose) => (
        <form onSubmit={onSubmit} noValidate className="form">
          <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
          <Controller
            control={control}
            name="childIds"
            render={({ field, fieldState }) => (
              <fieldset className="radio-group" aria-describedby="plan-children-error">
                <legend>Who is the plan for?</legend>
                {family.children.map((child) => (
                  <CheckboxField
                    key={child.id}
                    name={`childIds.${child.id}`}
                    label={knownAs(child)}
                    checked={field.value.includes(child.id)}
                    onChange={(event) =>
                      field.onChange(
                        event.target.checked
                          ? [...field.value, child.id]
                          : field.value.filter((id) => id !== child.id),
                      )
                    }
                  />
                ))}
                <FieldError id="plan-children-error" message={fieldState.error?.message} />
              </fieldset>
            )}
          />
          <Controller
            control={control}
            name="basedOnAssessmentId"
            render={({ field, fieldState }) => (
              <SelectField
                label="Build it from a wellbeing web"
                hint={
                  webs.assessments.length === 0
                    ? 'No wellbeing web yet for these children: the plan will start empty.'
                    : 'Low scores on the web become the first things the plan works on.'
                }
                name={field.name}
                ref={field.ref}
                value={field.value ?? ''}
                onChange={(event) => field.onChange(event.target.value || null)}
                onBlur={field.onBlur}
                emptyOption="Start with an empty plan"
                options={webs.assessments.map((web) => ({
                  value: web.id,
                  label: `${childName(web.childId)}, ${isoToDisplay(web.assessedOn)}, ${scorers[web.scoredBy].toLowerCase()}`,
                }))}
                error={fieldState.error?.message}
              />
            )}
          />
          <DialogFormActions saveLabel="Start the plan" saving={isSubmitting} onCancel={requestClose} />
          {leaveDialog}
        </form>
      )}
    </FormDialog>
  );
}
