import { zodResolver } from '@hookform/resolvers/zod';
import { getDay, parseISO } from 'date-fns';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import {
  describeRepeat,
  eventInput,
  eventKindKeys,
  eventKinds,
  expandEvent,
  nthNames,
  repeatOptions,
  weekdayNames,
  type CalendarEvent,
  type EventKind,
  type Repeats,
  type SchoolDates,
} from '../../../shared/calendar';
import { isoToDisplay, isRealIsoDate } from '../../../shared/dates';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateField } from '../../ui/DateField';
import { FieldError } from '../../ui/FieldMessages';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveFormDialog } from '../../ui/SaveFormDialog';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { useDeleteEvent, useSaveEvent } from './queries';

type EventValues = z.input<typeof eventInput>;
type EventSaved = z.output<typeof eventInput>;

interface EventDialogProps {
  /** Absent when adding one. */
  event?: CalendarEvent | undefined;
  /** For a new event: its first date and the last date a series runs to (the end of the term). */
  firstDate: string;
  lastDate: string;
  school: SchoolDates;
  onClose: () => void;
}

/** Monday = 0, as the contract counts. */
const weekdayOf = (iso: string) => (isRealIsoDate(iso) ? (getDay(parseISO(iso)) + 6) % 7 : 0);
const kindLabels = eventKindKeys.map((kind) => eventKinds[kind]);
const kindOf = (label: string) =>
  eventKindKeys.find((kind) => eventKinds[kind] === label) ?? ('' as EventKind);
const nthOptions = [1, 2, 3, 4, -1].map((nth) => `The ${nthNames[nth]}`);

/** A coffee morning, a course, a club: once, or repeating through the term. */
export function EventDialog({ event, firstDate, lastDate, school, onClose }: EventDialogProps) {
  const toast = useToast();
  const save = useSaveEvent();
  const remove = useDeleteEvent();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // A new event's day of the week follows its first date: typing Tuesday 8 September means Tuesdays,
  // whatever day the dialog opened on. Once the worker picks the days themselves (Wednesdays and
  // Saturdays, say), changing the first date leaves their choice alone. An event being edited has its
  // days already.
  const [daysFollowFirstDate, setDaysFollowFirstDate] = useState(!event);
  const form = useForm<EventValues, unknown, EventSaved>({
    resolver: zodResolver(eventInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: event
      ? { ...event }
      : {
          title: '',
          kind: '' as EventKind,
          location: '',
          startTime: '',
          endTime: '',
          description: '',
          repeats: 'weekly',
          weekdays: [weekdayOf(firstDate)],
          nth: 1,
          fromDate: firstDate,
          untilDate: lastDate,
          skipHolidays: true,
        },
  });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const values = useWatch({ control }) as EventValues;
  const repeats = values.repeats as Repeats;
  const saving = useFormSave(form, {
    changesTo: event ? event.title : 'this event',
    save: (input) => save.mutateAsync(input),
    onSaved: (_saved, input) => {
      toast({ text: `${input.title} saved.` });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title={event ? `Edit ${event.title}` : 'Add an event'}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel={event ? 'Save changes' : 'Add event'}
    >
      <TextField
        label="Name of the event"
        hint="As parents will read it, for example: Coffee morning"
        autoComplete="off"
        {...register('title')}
        error={errors.title?.message}
      />
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <SelectField
            label="Kind of event"
            name={field.name}
            ref={field.ref}
            options={kindLabels}
            emptyOption="Choose one"
            value={field.value ? eventKinds[field.value as EventKind] : ''}
            onChange={(change) => field.onChange(kindOf(change.target.value))}
            onBlur={field.onBlur}
            error={errors.kind?.message}
          />
        )}
      />
      <TextField
        label="Place"
        hint="For example: Community room"
        autoComplete="off"
        {...register('location')}
        error={errors.location?.message}
      />
      <div className="field-row">
        <TextField
          label="Starts at"
          hint="24-hour, like 09:00"
          width="short"
          autoComplete="off"
          {...register('startTime')}
          error={errors.startTime?.message}
        />
        <TextField
          label="Ends at"
          hint="24-hour, like 10:30"
          width="short"
          autoComplete="off"
          {...register('endTime')}
          error={errors.endTime?.message}
        />
      </div>
      <Controller
        control={control}
        name="repeats"
        render={({ field }) => (
          <RadioGroupField
            legend="How often"
            {...field}
            options={choicesOf(repeatOptions)}
            error={errors.repeats?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="fromDate"
        render={({ field }) => (
          <DateField
            label={repeats === 'none' ? 'Date' : 'First date'}
            {...field}
            onChange={(date) => {
              field.onChange(date);
              if (daysFollowFirstDate && isRealIsoDate(date)) form.setValue('weekdays', [weekdayOf(date)]);
            }}
            error={errors.fromDate?.message}
          />
        )}
      />
      {repeats === 'weekly' && (
        <Controller
          control={control}
          name="weekdays"
          render={({ field }) => (
            <fieldset className="field weekday-choice">
              <legend>On which days</legend>
              <div className="weekday-boxes">
                {weekdayNames.map((name, day) => (
                  <CheckboxField
                    key={name}
                    name={`weekday-${day}`}
                    label={name}
                    ref={day === 0 ? field.ref : undefined}
                    checked={field.value.includes(day)}
                    onChange={(change) => {
                      setDaysFollowFirstDate(false);
                      field.onChange(
                        change.target.checked
                          ? [...field.value, day].sort()
                          : field.value.filter((one) => one !== day),
                      );
                    }}
                  />
                ))}
              </div>
              <FieldError id="weekdays-error" message={errors.weekdays?.message} />
            </fieldset>
          )}
        />
      )}
      {(repeats === 'fortnightly' || repeats === 'monthly') && (
        <div className="field-row">
          {repeats === 'monthly' && (
            <Controller
              control={control}
              name="nth"
              render={({ field }) => (
                <SelectField
                  label="Which week of the month"
                  name={field.name}
                  ref={field.ref}
                  options={nthOptions}
                  value={`The ${nthNames[field.value] ?? 'first'}`}
                  onChange={(change) =>
                    field.onChange([1, 2, 3, 4, -1][nthOptions.indexOf(change.target.value)])
                  }
                  error={errors.nth?.message}
                />
              )}
            />
          )}
          <Controller
            control={control}
            name="weekdays"
            render={({ field }) => (
              <SelectField
                label="Day of the week"
                name="weekday"
                ref={field.ref}
                options={weekdayNames}
                value={weekdayNames[field.value[0] ?? 0]}
                onChange={(change) => {
                  setDaysFollowFirstDate(false);
                  field.onChange([
                    weekdayNames.indexOf(change.target.value as (typeof weekdayNames)[number]),
                  ]);
                }}
                error={errors.weekdays?.message}
              />
            )}
          />
        </div>
      )}
      {repeats !== 'none' && (
        <>
          <Controller
            control={control}
            name="untilDate"
            render={({ field }) => (
              <DateField label="Last date" {...field} error={errors.untilDate?.message} />
            )}
          />
          <CheckboxField
            label="Skip school holidays and closures"
            hint="Half-terms, bank holidays and INSET days entered under Terms and holidays"
            {...register('skipHolidays')}
          />
        </>
      )}
      <Preview values={values} school={school} editing={event !== undefined} />
      <TextAreaField
        label="Description for parents"
        hint="Plain words, printed on the calendar that goes home"
        rows={3}
        {...register('description')}
        error={errors.description?.message}
      />
      {event && (
        <>
          <Button onClick={() => setConfirmingDelete(true)}>Delete this event</Button>
          <ConfirmDialog
            open={confirmingDelete}
            title={`Delete ${event.title}?`}
            description="Every date of this event comes off the calendar. This cannot be undone. An event with attendance recorded cannot be deleted: cancel its dates still to come instead."
            confirmLabel="Delete event"
            cancelLabel="Keep it"
            onCancel={() => setConfirmingDelete(false)}
            onConfirm={() => {
              setConfirmingDelete(false);
              remove.mutateAsync(event.id).then(
                () => {
                  toast({ text: `${event.title} deleted.` });
                  onClose();
                },
                (error: Error) => saving.setFormMessage(error.message),
              );
            }}
          />
        </>
      )}
    </SaveFormDialog>
  );
}

/** The first dates the rule gives, so the worker sees what "every other Thursday" means before saving. */
function Preview({
  values,
  school,
  editing,
}: {
  values: EventValues;
  school: SchoolDates;
  editing: boolean;
}) {
  const parsed = eventInput.safeParse({
    ...values,
    title: values.title || 'Preview',
    kind: values.kind || 'other',
    startTime: values.startTime || '09:00',
    endTime: values.endTime || '10:00',
  });
  if (!parsed.success) return null;
  const dates = expandEvent({ ...parsed.data, id: 'preview' }, school).map((one) => one.date);
  return (
    <div className="event-preview" aria-live="polite">
      <p>
        <strong>{describeRepeat(parsed.data)}.</strong>{' '}
        {dates.length === 0
          ? 'These choices give no dates: check the first and last dates, and the holidays.'
          : dates.length === 1
            ? `On ${isoToDisplay(dates[0]!)}.`
            : `${dates.length} dates, starting ${dates.slice(0, 4).map(isoToDisplay).join(', ')}${dates.length > 4 ? '…' : '.'}`}
      </p>
      {editing && (
        <p>Dates where you have recorded who came stay on the calendar, whatever you change here.</p>
      )}
    </div>
  );
}
