import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type FieldErrors } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { schoolYearInput, type SchoolYear, type SchoolYearInput } from '../../../shared/calendar';
import { defaultSchoolYear } from '../../../shared/termDates';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { LoadProblem } from '../../ui/LoadProblem';
import { PageHeading } from '../../ui/PageHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { currentSchoolYear, nearbySchoolYears } from './dates';
import { useSaveSchoolYear, useSchoolYear } from './queries';
import './calendar.css';

/** /calendar/terms: the year's terms and closures, entered once a year; England's usual dates offered. */
export function TermsPage() {
  const [params, setParams] = useSearchParams();
  const years = nearbySchoolYears();
  const schoolYear = years.includes(params.get('year') ?? '') ? params.get('year')! : currentSchoolYear();
  const year = useSchoolYear(schoolYear);
  return (
    <div className="page page--form">
      <p>
        <Link to="/calendar">Back to the calendar</Link>
      </p>
      <PageHeading>Terms and holidays</PageHeading>
      <p>
        Repeating events skip the holidays and closures entered here, and anything outside the terms. Enter
        them once a year, from the school’s published term dates.
      </p>
      <SelectField
        name="school-year"
        label="School year"
        options={years}
        value={schoolYear}
        onChange={(change) => setParams({ year: change.target.value })}
      />
      {year.isError ? (
        <LoadProblem what="the school year" error={year.error} onRetry={() => void year.refetch()} />
      ) : year.data ? (
        <YearForm key={schoolYear} year={year.data} />
      ) : (
        <p>Loading the school year…</p>
      )}
    </div>
  );
}

function YearForm({ year }: { year: SchoolYear }) {
  const toast = useToast();
  const save = useSaveSchoolYear();
  const [offered, setOffered] = useState(!year.saved);
  const form = useForm<SchoolYearInput>({
    resolver: zodResolver(schoolYearInput),
    defaultValues: {
      schoolYear: year.schoolYear,
      terms: year.terms.length ? year.terms : [{ name: '', startsOn: '', endsOn: '' }],
      closures: year.closures,
    },
  });
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      await save.mutateAsync(values);
      setOffered(false);
      toast({ text: `Terms and holidays for ${values.schoolYear} saved.` });
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });
  useShortcut('s', () => !isSubmitting && void onSubmit());

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      {offered && (
        <div className="notice" role="region" aria-label="Suggested dates">
          <p>
            No dates are saved for {year.schoolYear} yet. Start from the usual dates in England, then change
            them to match your school’s before saving.
          </p>
          <Button
            onClick={() => {
              reset(defaultSchoolYear(year.schoolYear), { keepDefaultValues: true });
              setOffered(false);
              requestAnimationFrame(() => document.getElementById('terms-0-name')?.focus());
            }}
          >
            Use the usual dates for {year.schoolYear}
          </Button>
        </div>
      )}
      <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
      <RangeList control={control} errors={errors} list="terms" noun="term" heading="Terms" />
      <RangeList
        control={control}
        errors={errors}
        list="closures"
        noun="holiday or closure"
        heading="Holidays and closures"
        hint="Half-terms, bank holidays and INSET days."
      />
      <div className="form-actions">
        <Button
          type="submit"
          variant="primary"
          disabled={isSubmitting}
          title="Save (Ctrl+S)"
          aria-keyshortcuts="Control+S"
        >
          {isSubmitting ? 'Saving…' : `Save ${year.schoolYear} dates`}
        </Button>
      </div>
    </form>
  );
}

interface RangeListProps {
  control: Control<SchoolYearInput>;
  errors: FieldErrors<SchoolYearInput>;
  list: 'terms' | 'closures';
  noun: string;
  heading: string;
  hint?: string;
}

function RangeList({ control, errors, list, noun, heading, hint }: RangeListProps) {
  const { fields, append, remove } = useFieldArray({ control, name: list });
  return (
    <fieldset className="range-list">
      <legend>{heading}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {errors[list]?.message && <p className="field-error">{errors[list].message}</p>}
      {fields.length === 0 && <p className="muted">None entered.</p>}
      {fields.map((field, index) => {
        const rowErrors = errors[list]?.[index];
        return (
          <div key={field.id} className="range-row" role="group" aria-label={`${noun} ${index + 1}`}>
            <Controller
              control={control}
              name={`${list}.${index}.name`}
              render={({ field: name }) => (
                <TextField
                  id={`${list}-${index}-name`}
                  label="Name"
                  width="medium"
                  autoComplete="off"
                  {...name}
                  error={rowErrors?.name?.message}
                />
              )}
            />
            {(['startsOn', 'endsOn'] as const).map((end) => (
              <Controller
                key={end}
                control={control}
                name={`${list}.${index}.${end}`}
                render={({ field: date }) => (
                  <DateField
                    label={end === 'startsOn' ? 'First day' : 'Last day'}
                    name={date.name}
                    ref={date.ref}
                    value={date.value}
                    onChange={date.onChange}
                    onBlur={date.onBlur}
                    error={rowErrors?.[end]?.message}
                  />
                )}
              />
            ))}
            <Button onClick={() => remove(index)} aria-label={`Remove ${noun} ${index + 1}`}>
              Remove
            </Button>
          </div>
        );
      })}
      <Button onClick={() => append({ name: '', startsOn: '', endsOn: '' })}>Add a {noun}</Button>
    </fieldset>
  );
}
