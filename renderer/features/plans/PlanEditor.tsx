import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { finaliseProblems, type PlanVersion } from '../../../shared/plans';
import { indicatorKeys, indicators, type Assessment, type Indicator } from '../../../shared/wellbeing';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { SelectField } from '../../ui/SelectField';
import { useToast } from '../../ui/Toast';
import { useLeaveGuard } from '../../ui/useLeaveGuard';
import { NeedFields } from './NeedFields';
import { planFormSchema, planFormValues, type PlanFormOutput, type PlanFormValues } from './planForm';
import { useDiscardDraft, useFinalisePlan, useSaveDraft } from './queries';

interface PlanEditorProps {
  familyId: string;
  version: PlanVersion;
  /** The web this version was built from, to show each indicator's score beside it. */
  basedOn: Assessment | null;
}

/**
 * A draft plan, saved whole. "Agree the plan" saves and then finalises: the same checks run here first, so
 * the worker sees every gap (review date, outcome, target, action) next to its field at once.
 */
export function PlanEditor({ familyId, version, basedOn }: PlanEditorProps) {
  const toast = useToast();
  const navigate = useNavigate();
  const save = useSaveDraft();
  const finalise = useFinalisePlan();
  const discard = useDiscardDraft();
  const form = useForm<PlanFormValues, unknown, PlanFormOutput>({
    resolver: zodResolver(planFormSchema),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: planFormValues(version),
  });
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  const needs = useFieldArray({ control, name: 'needs' });
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [adding, setAdding] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const { dialog, allowLeaving } = useLeaveGuard(isDirty, 'this plan');

  const scoreOf = (indicator: Indicator) => {
    const score = basedOn?.scores[indicator].score;
    return score == null || !basedOn ? null : `${score} out of ${basedOn.scale}`;
  };
  const used = new Set(useWatch({ control, name: 'needs' }).map((need) => need.indicator));
  // Lowest scores first, so the indicators the web says need most help are the first offered.
  const addable = indicatorKeys
    .filter((key) => !used.has(key))
    .sort((a, b) => (basedOn?.scores[a].score ?? 99) - (basedOn?.scores[b].score ?? 99));

  const store = async (values: PlanFormOutput) => {
    await save.mutateAsync({ versionId: version.id, ...values });
    reset(values);
  };

  const onSave = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      await store(values);
      toast({ text: 'Draft saved.' });
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });

  const onAgree = handleSubmit(async (values) => {
    setFormMessage(null);
    const problems = finaliseProblems(values);
    if (problems.length > 0) {
      problems.forEach((problem, index) =>
        setError(
          problem.path as 'reviewOn',
          { type: 'finalise', message: problem.message },
          { shouldFocus: index === 0 },
        ),
      );
      setFormMessage('The plan is not ready to agree yet. The draft has not been saved.');
      return;
    }
    try {
      await store(values);
      await finalise.mutateAsync({ versionId: version.id });
      allowLeaving();
      toast({ text: 'Plan agreed. You can print it for the family now.' });
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });
  useShortcut('s', () => !isSubmitting && void onSave());

  const onDiscard = async () => {
    setConfirmDiscard(false);
    try {
      await discard.mutateAsync({ versionId: version.id });
      allowLeaving();
      toast({ text: 'Draft plan discarded.' });
      navigate(`/families/${familyId}/plans`);
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSave} noValidate className="form plan-form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
        <h2>What we are working on</h2>
        {needs.fields.length === 0 && (
          <p className="muted">Nothing yet. Add the first thing this plan works on below.</p>
        )}
        {needs.fields.map((need, index) => (
          <NeedFields key={need.id} index={index} scoreOf={scoreOf} onRemove={() => needs.remove(index)} />
        ))}
        {addable.length > 0 && (
          <div className="plan-add-need">
            <SelectField
              name="add-need"
              label="Add something to work on"
              emptyOption="Choose an indicator"
              options={addable.map((key) => ({
                value: key,
                label: scoreOf(key) ? `${indicators[key]} (scored ${scoreOf(key)})` : indicators[key],
              }))}
              value={adding}
              onChange={(event) => setAdding(event.target.value)}
            />
            <Button
              disabled={!adding}
              onClick={() => {
                needs.append({
                  indicator: adding as Indicator,
                  outcome: '',
                  support: '',
                  targets: [],
                  actions: [],
                });
                setAdding('');
              }}
            >
              Add
            </Button>
          </div>
        )}

        <h2>When we will meet again</h2>
        <Controller
          control={control}
          name="reviewOn"
          render={({ field, fieldState }) => (
            <DateField label="Review date" {...field} error={fieldState.error?.message} />
          )}
        />

        <div className="form-actions form-actions--sticky">
          <Button type="submit" disabled={isSubmitting} title="Save (Ctrl+S)" aria-keyshortcuts="Control+S">
            {isSubmitting ? 'Saving…' : 'Save draft'}
          </Button>
          <Button variant="primary" disabled={isSubmitting} onClick={() => void onAgree()}>
            Agree the plan
          </Button>
          {version.number === 1 && (
            <Button variant="link" onClick={() => setConfirmDiscard(true)}>
              Discard this draft
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard this draft plan?"
        description="The draft and everything written in it will be deleted. This cannot be undone."
        confirmLabel="Discard the draft"
        cancelLabel="Keep it"
        onConfirm={() => void onDiscard()}
        onCancel={() => setConfirmDiscard(false)}
      />
      {dialog}
    </FormProvider>
  );
}
