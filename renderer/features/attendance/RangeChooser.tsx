import { useState } from 'react';
import type { Period } from '../../../shared/attendance';
import { isRealIsoDate } from '../../../shared/dates';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';

interface RangeChooserProps {
  /** Makes the fields' ids unique when several children are on the page. */
  name: string;
  onRange: (range: Period) => void;
  /** The server's sentence, when it refused the range. */
  serverError?: string | undefined;
}

/** Any two dates, checked here so the worker hears at once what is wrong with them, beside the field. */
export function RangeChooser({ name, onRange, serverError }: RangeChooserProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const show = () => {
    const found: typeof errors = {};
    if (!isRealIsoDate(from)) found.from = 'Enter the first day as DD/MM/YYYY, for example 01/09/2025.';
    if (!isRealIsoDate(to)) found.to = 'Enter the last day as DD/MM/YYYY, for example 31/12/2025.';
    else if (!found.from && to < from) found.to = 'The last day must be on or after the first.';
    setErrors(found);
    if (!found.from && !found.to) onRange({ from, to });
  };
  return (
    <fieldset className="field period-fields">
      <legend>Any other dates</legend>
      <div className="period-row">
        <DateField
          name={`${name}.from`}
          label="First day"
          value={from}
          onChange={setFrom}
          onBlur={() => undefined}
          error={errors.from}
        />
        <DateField
          name={`${name}.to`}
          label="Last day"
          value={to}
          onChange={setTo}
          onBlur={() => undefined}
          error={errors.to ?? serverError}
        />
        <div className="period-action">
          <Button onClick={show}>Show these dates</Button>
        </div>
      </div>
    </fieldset>
  );
}
