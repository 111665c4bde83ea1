import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, FormProvider, useForm, useFormContext, useWatch, type Resolver } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { referrerRoles } from '../../../../shared/casework';
import { Button } from '../../../ui/Button';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { fieldId } from '../../../ui/fieldIds';
import { listProblems } from '../../../ui/formErrors';
import { RadioGroupField } from '../../../ui/RadioGroupField';
import { SaveButton } from '../../../ui/SaveButton';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { useToast } from '../../../ui/Toast';
import { useFieldChecks } from '../../../ui/useFieldChecks';
import { useFormSave } from '../../../ui/useFormSave';
import { FamilyFields } from '../../families/FamilyFields';
import { ExistingFamilyPicker, FixedFamily } from './FamilyChoice';
import { useCreateReferral } from './queries';
import {
  blankReferralForm,
  referralFieldName,
  referralFormSchema,
  toCreateReferral,
  type ReferralFormOutput,
  type ReferralFormValues,
} from './referralForm';

// The schema is a union (existing family, or a new one); the form holds the fields of both at once.
const resolver = zodResolver(referralFormSchema) as unknown as Resolver<
  ReferralFormValues,
  unknown,
  ReferralFormOutput
>;

/** A Request for Assistance: for a family already in Linkbook, or for a new family saved with it. */
export function ReferralForm({ familyId }: { familyId?: string | undefined }) {
  const navigate = useNavigate();
  const toast = useToast();
  const create = useCreateReferral();
  const form = useForm<ReferralFormValues, unknown, ReferralFormOutput>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: blankReferralForm(familyId),
    // The fields appear in two steps (the new family's only once chosen), so react-hook-form's own order of
    // fields is not the page's: the first problem in the summary, which is in page order, takes the focus.
    shouldFocusError: false,
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    setValue,
    formState: { errors, submitCount },
  } = form;
  const familyKind = useWatch({ control, name: 'familyKind' });
  const consentGiven = useWatch({ control, name: 'referral.consentGiven' });
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'this referral',
    save: (values) => create.mutateAsync(toCreateReferral(values)),
    onSaved: (saved) => {
      toast({ text: 'Referral saved. It is waiting for a decision.' });
      navigate(`/families/${saved.familyId}/overview`, { replace: true });
    },
    serverFieldName: referralFieldName,
    onInvalid: (problems) => {
      const first = listProblems(problems)[0];
      if (first) document.getElementById(fieldId(first.name))?.focus();
    },
  });
  const referralError = (key: keyof ReferralFormValues['referral']) => errors.referral?.[key]?.message;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form family-form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />

        <section className="card form" aria-labelledby="referral-for">
          <h2 id="referral-for">Who the referral is for</h2>
          {familyId ? (
            <FixedFamily familyId={familyId} />
          ) : (
            <>
              <Controller
                control={control}
                name="familyKind"
                render={({ field }) => (
                  <RadioGroupField
                    legend="Is the family already in Linkbook?"
                    options={[
                      { value: 'existing', label: 'A family already in Linkbook' },
                      {
                        value: 'new',
                        label: 'A family not yet in Linkbook',
                        hint: 'Add the family here; it is saved with the referral.',
                      },
                    ]}
                    {...field}
                  />
                )}
              />
              {familyKind === 'existing' && <ExistingFamilyPicker />}
            </>
          )}
        </section>

        {familyKind === 'new' && (
          <>
            <FamilyFields />
            <section className="card form" aria-labelledby="referral-child">
              <h2 id="referral-child">The child</h2>
              <NewFamilyChildChoice />
            </section>
          </>
        )}

        <section className="card form" aria-labelledby="referral-details">
          <h2 id="referral-details">The referral</h2>
          <Controller
            control={control}
            name="referral.receivedOn"
            render={({ field, fieldState }) => (
              <DateField label="Date received" {...field} error={fieldState.error?.message} />
            )}
          />
          <div className="member-grid">
            <TextField
              label="Who referred"
              hint="Their name"
              autoComplete="off"
              {...register('referral.referrerName')}
              error={referralError('referrerName')}
            />
            <SelectField
              label="Their role"
              hint="Who they are to the child"
              options={referrerRoles}
              emptyOption="Choose…"
              {...register('referral.referrerRole')}
              error={referralError('referrerRole')}
            />
          </div>
          <TextAreaField
            label="Concerns"
            hint="What the referrer is worried about, and the impact on the child."
            rows={5}
            {...register('referral.concerns')}
            error={referralError('concerns')}
          />
          <TextAreaField
            label="What has been tried so far"
            {...register('referral.triedSoFar')}
            error={referralError('triedSoFar')}
          />
          <TextAreaField
            label="Outcome hoped for"
            {...register('referral.hopedOutcome')}
            error={referralError('hopedOutcome')}
          />
        </section>

        <section className="card form" aria-labelledby="referral-consent">
          <h2 id="referral-consent">Consent</h2>
          <Controller
            control={control}
            name="referral.consentGiven"
            render={({ field, fieldState }) => (
              <RadioGroupField
                legend="Has a parent or carer given consent to this referral?"
                inline
                options={[
                  { value: 'yes', label: 'Yes' },
                  { value: 'no', label: 'No' },
                ]}
                name={field.name}
                ref={field.ref}
                onBlur={field.onBlur}
                value={field.value ? 'yes' : 'no'}
                onChange={(answer) => {
                  field.onChange(answer === 'yes');
                  if (answer === 'no') {
                    setValue('referral.consentOn', '');
                    setValue('referral.consentBy', '');
                  }
                }}
                error={fieldState.error?.message}
              />
            )}
          />
          {consentGiven && (
            <div className="member-grid">
              <Controller
                control={control}
                name="referral.consentOn"
                render={({ field, fieldState }) => (
                  <DateField label="Date consent was given" {...field} error={fieldState.error?.message} />
                )}
              />
              <TextField
                label="Who gave consent"
                hint="The parent's or carer's name"
                autoComplete="off"
                {...register('referral.consentBy')}
                error={referralError('consentBy')}
              />
            </div>
          )}
        </section>

        <div className="form-actions form-actions--sticky">
          <SaveButton label="Save referral" saving={saving} />
          <Button onClick={() => navigate(familyId ? `/families/${familyId}/overview` : '/families')}>
            Cancel
          </Button>
        </div>
      </form>
      {leaveDialog}
    </FormProvider>
  );
}

/** For a new family: one of the children typed above, by name. */
function NewFamilyChildChoice() {
  const { control } = useFormContext<ReferralFormValues>();
  const children = useWatch({ control, name: 'children' });
  return (
    <Controller
      control={control}
      name="childIndex"
      render={({ field, fieldState }) => (
        <RadioGroupField
          legend="Which child is this referral for?"
          hint="The children are the ones added above."
          options={children.map((child, index) => ({
            value: String(index),
            label: child.name.trim() || `Child ${index + 1} (no name yet)`,
          }))}
          {...field}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
