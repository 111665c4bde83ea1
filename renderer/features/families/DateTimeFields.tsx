import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DateField } from '../../ui/DateField';
import { TextField } from '../../ui/TextField';

interface DateTimeFieldsProps<Values extends FieldValues> {
  control: Control<Values>;
  legend: string;
  dateName: Path<Values>;
  timeName: Path<Values>;
}

/** A date (DD/MM/YYYY) and a 24-hour time side by side, as one labelled group. */
export function DateTimeFields<Values extends FieldValues>({
  control,
  legend,
  dateName,
  timeName,
}: DateTimeFieldsProps<Values>) {
  const date = useController({ control, name: dateName });
  const time = useController({ control, name: timeName });
  return (
    <fieldset className="date-time">
      <legend>{legend}</legend>
      <div className="date-time-row">
        <DateField label="Date" {...date.field} error={date.fieldState.error?.message} />
        <TextField
          label="Time"
          hint="24-hour, like 14:30"
          width="short"
          autoComplete="off"
          {...time.field}
          error={time.fieldState.error?.message}
        />
      </div>
    </fieldset>
  );
}
