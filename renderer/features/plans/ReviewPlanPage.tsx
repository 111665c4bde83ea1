import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { isoToDisplay } from '../../../shared/dates';
import { reviewPlanInput, targetProgress, type Plan } from '../../../shared/plans';
import { indicators, scorers } from '../../../shared/wellbeing';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems } from '../../ui/formErrors';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveButton } from '../../ui/SaveButton';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { todayIso } from '../families/dates';
import { LoadedPlan } from './LoadedPlan';
import { useReviewPlan } from './queries';
import { useChildAssessments } from './useChildAssessments';
import './plans.css';
import { FamilyContext } from '../families/FamilyContext';
import { FormDialog } from '../../ui/FormDialog';
import { AssessForm } from '../wellbeing/AssessForm';

type ReviewValues = z.input<typeof reviewPlanInput>;
type Review = z.output<typeof reviewPlanInput>;

const progressOptions = choicesOf(targetProgress);

/** /families/:familyId/plans/:planId/review: how each target went, and the web scored afresh. */
export function ReviewPlanPage() {
  return <LoadedPlan>{(plan) => <ReviewForm plan={plan} />}</LoadedPlan>;
}

function ReviewForm({ plan }: { plan: Plan }) {
  const toast = useToast();
  const navigate = useNavigate();
  const review = useReviewPlan();
  const version = plan.versions.at(-1)!;
  const targets = version.needs.flatMap((need) =>
    need.targets.map((target) => ({ ...target, indicator: need.indicator })),
  );
  const webs = useChildAssessments(plan.children.map((child) => child.id));
  const used = new Set(plan.versions.map((one) => one.basedOnAssessmentId));
  const fresh = webs.assessments.filter((web) => !used.has(web.id));
  const form = useForm<ReviewValues, unknown, Review>({
    resolver: zodResolver(reviewPlanInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      versionId: version.id,
      reviewedOn: todayIso(),
      assessmentId: null,
      summary: '',
      progress: targets.map((target) => ({
        targetId: target.id,
        progress: '' as ReviewValues['progress'][number]['progress'],
        note: '',
      })),
    },
  });
  const {
    control,
    register,
    formState: { errors, submitCount },
  } = form;
  const base = `/families/${plan.familyId}/plans/${plan.id}`;
  const [scoring, setScoring] = useState<Plan['children'][number] | null>(null);
  const [scoringDirty, setScoringDirty] = useState(false);
  // The plan's own scale, so the new web can be laid over the first one.
  const planWeb = webs.assessments.find((web) => web.id === plan.versions[0]?.basedOnAssessmentId);
  const defaultScale = planWeb?.scale ?? 10;
  const childName = (id: string) => plan.children.find((child) => child.id === id)?.knownAs ?? '';
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'this review',
    save: (values) => review.mutateAsync(values),
    onSaved: () => {
      toast({ text: `Review saved. Version ${version.number + 1} is a draft: update it with the family.` });
      navigate(base);
    },
    // The server names a target by its id; the form, by its place in the list.
    serverFieldName: (path) => {
      const index = targets.findIndex((target) => path === `progress.${target.id}`);
      return index >= 0 ? `progress.${index}.progress` : path;
    },
  });

  if (version.status !== 'final') {
    return (
      <div className="page">
        <PageHeading>Nothing to review</PageHeading>
        <p>Only an agreed plan is reviewed. This plan’s latest version is a draft.</p>
        <Link to={base}>Back to the plan</Link>
      </div>
    );
  }

  return (
    <div className="page plan-page">
      <p>
        <Link to={base}>Back to the plan</Link>
      </p>
      <FamilyContext familyId={plan.familyId} />
      <PageHeading>
        Review the plan for {plan.children.map((child) => child.knownAs).join(' and ')}
      </PageHeading>
      <p className="muted">
        Version {version.number}, review due {version.reviewOn ? isoToDisplay(version.reviewOn) : 'not set'}.
        Saving the review keeps this version as it is and starts version {version.number + 1}.
      </p>
      <form onSubmit={onSubmit} noValidate className="form plan-form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <Controller
          control={control}
          name="reviewedOn"
          render={({ field, fieldState }) => (
            <DateField label="Date of the review" {...field} error={fieldState.error?.message} />
          )}
        />
        <h2>How each target is going</h2>
        {targets.map((target, index) => (
          <div key={target.id} className="card need">
            <Controller
              control={control}
              name={`progress.${index}.progress`}
              render={({ field, fieldState }) => (
                <RadioGroupField
                  legend={`${indicators[target.indicator]}: ${target.description}`}
                  options={progressOptions}
                  inline
                  {...field}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextField
              label="Note (optional)"
              autoComplete="off"
              {...register(`progress.${index}.note`)}
              error={errors.progress?.[index]?.note?.message}
            />
          </div>
        ))}
        <h2>The wellbeing web now</h2>
        <Controller
          control={control}
          name="assessmentId"
          render={({ field, fieldState }) => (
            <SelectField
              label="New wellbeing web"
              hint="Score the web afresh, without looking at the last one; it is then laid over the first web of the plan."

              name={field.name}
              ref={field.ref}
              value={field.value ?? ''}
              onChange={(event) => field.onChange(event.target.value || null)}
              onBlur={field.onBlur}
              emptyOption={fresh.length ? 'Choose the new web' : 'No new web yet'}
              options={fresh.map((web) => ({
                value: web.id,
                label: `${childName(web.childId)}, ${isoToDisplay(web.assessedOn)}, ${scorers[web.scoredBy].toLowerCase()}`,
              }))}
              error={fieldState.error?.message}
            />
          )}
        />
        <div className="review-score-web">
          {plan.children.map((child) => (
            <Button key={child.id} onClick={() => setScoring(child)}>
              Score {child.knownAs}’s web now
            </Button>
          ))}
        </div>
        <TextAreaField
          label="Summary of the review (optional)"
          hint="What changed, in a few sentences; the family’s view in their words."
          {...register('summary')}
          error={errors.summary?.message}
        />
        <div className="form-actions form-actions--sticky">
          <SaveButton label="Save the review" saving={saving} />
          <Button onClick={() => navigate(base)}>Cancel</Button>
        </div>
      </form>
      {leaveDialog}
      {scoring && (
        // The web is scored here, over the review, so nothing typed in the review is left behind.
        <FormDialog
          title={`Score ${scoring.knownAs}’s wellbeing web`}
          description="Score each indicator as things are now. Saving chooses this web for the review."
          dirty={scoringDirty}
          wide
          onClose={() => setScoring(null)}
        >
          {() => (
            <AssessForm
              childId={scoring.id}
              childName={scoring.knownAs}
              defaultScale={defaultScale}
              onDirtyChange={setScoringDirty}
              onDone={(savedId) => {
                if (savedId) form.setValue('assessmentId', savedId, { shouldDirty: true });
                setScoring(null);
                setScoringDirty(false);
              }}
            />
          )}
        </FormDialog>
      )}
    </div>
  );
}
