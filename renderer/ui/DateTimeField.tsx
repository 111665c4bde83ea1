import { useState, type Ref } from 'react';
import { DateField } from './DateField';
import { normaliseTime, splitDateTime } from './dateTime';
import { fieldId } from './fieldIds';
import { TextField } from './TextField';
import './dateTimeField.css';

interface DateTimeFieldProps {
  name: string;
  /** YYYY-MM-DDTHH:mm once both halves are right; until then, what was typed, joined by "T". */
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  error?: string | undefined;
  /** Given, the two fields are one labelled group ("When it happened"); without, they sit in the parent's row. */
  legend?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * "Date" (DD/MM/YYYY) and "Time" (24-hour), held as the one value the contract checks (its isoDateTime), so
 * a form validates it with the contract's own schema and needs no joining on save. Its one message shows
 * under the date, and the time field is marked and described by it too.
 */
export function DateTimeField({ name, value, onChange, onBlur, error, legend, ref }: DateTimeFieldProps) {
  const { date, time } = splitDateTime(value);
  const [typedTime, setTypedTime] = useState(time);
  // As DateField does: a value set from outside wins over what was typed before it.
  const shownTime = (normaliseTime(typedTime) ?? typedTime) === time ? typedTime : time;
  const timeId = `${fieldId(name)}-time`;
  const fields = (
    <>
      <DateField
        ref={ref}
        name={name}
        label="Date"
        value={date}
        onChange={(next) => onChange(`${next}T${time}`)}
        onBlur={onBlur}
        error={error}
      />
      <TextField
        id={timeId}
        name={name}
        label="Time"
        hint="24-hour, like 14:30"
        width="short"
        autoComplete="off"
        inputMode="numeric"
        value={shownTime}
        onChange={(event) => {
          setTypedTime(event.target.value);
          onChange(`${date}T${normaliseTime(event.target.value) ?? event.target.value}`);
        }}
        onBlur={() => {
          // "930" becomes "09:30" once the worker moves on, so they see the time that was read.
          setTypedTime(time);
          onBlur();
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${timeId}-hint ${fieldId(name)}-error` : `${timeId}-hint`}
      />
    </>
  );
  if (legend === undefined) return fields;
  return (
    <fieldset className="date-time">
      <legend>{legend}</legend>
      <div className="date-time-row">{fields}</div>
    </fieldset>
  );
}
