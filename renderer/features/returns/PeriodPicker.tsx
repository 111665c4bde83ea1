import { useState } from 'react';
import { schoolYearOf } from '../../../shared/calendar';
import { isoToDisplay } from '../../../shared/dates';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { currentSchoolYear, nearbySchoolYears } from '../calendar/dates';
import { useSchoolYear } from '../calendar/queries';
import type { PeriodChoice } from './queries';

interface PeriodPickerProps {
  period: PeriodChoice | null;
  onChoose: (period: PeriodChoice) => void;
}

/** A term from the calendar's school years, or any two dates. */
export function PeriodPicker({ period, onChoose }: PeriodPickerProps) {
  const [mode, setMode] = useState<'term' | 'dates'>(period && !period.name ? 'dates' : 'term');
  const [schoolYear, setSchoolYear] = useState(period ? schoolYearOf(period.to) : currentSchoolYear());
  const year = useSchoolYear(schoolYear);
  const [from, setFrom] = useState(period?.from ?? '');
  const [to, setTo] = useState(period?.to ?? '');
  const [problem, setProblem] = useState<{ from?: string; to?: string }>({});
  const terms = year.data?.terms ?? [];
  const chosenTerm = terms.find((term) => term.startsOn === period?.from && term.endsOn === period.to);

  const showDates = () => {
    const problems = {
      ...(/^\d{4}-\d{2}-\d{2}$/.test(from) ? {} : { from: 'Enter the first day as DD/MM/YYYY.' }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(to) ? {} : { to: 'Enter the last day as DD/MM/YYYY.' }),
    };
    if (!problems.from && !problems.to && to < from)
      problems.to = 'The last day must be on or after the first.';
    setProblem(problems);
    if (!problems.from && !problems.to) onChoose({ from, to, name: '' });
  };

  return (
    <section className="card returns-period" aria-labelledby="returns-period">
      <h2 id="returns-period">Period</h2>
      <RadioGroupField
        name="periodMode"
        legend="Report on"
        inline
        options={[
          { value: 'term', label: 'A term' },
          { value: 'dates', label: 'Dates I choose' },
        ]}
        value={mode}
        onChange={(value) => setMode(value as 'term' | 'dates')}
      />
      {mode === 'term' ? (
        <div className="returns-period-fields">
          <SelectField
            name="schoolYear"
            label="School year"
            options={nearbySchoolYears()}
            value={schoolYear}
            onChange={(event) => setSchoolYear(event.target.value)}
          />
          <SelectField
            name="term"
            label="Term"
            emptyOption={terms.length ? 'Choose a term' : 'No terms set for this year'}
            options={terms.map((term) => ({
              value: term.startsOn,
              label: `${term.name} (${isoToDisplay(term.startsOn)} to ${isoToDisplay(term.endsOn)})`,
            }))}
            value={chosenTerm?.startsOn ?? ''}
            onChange={(event) => {
              const term = terms.find((one) => one.startsOn === event.target.value);
              if (term)
                onChoose({ from: term.startsOn, to: term.endsOn, name: `${term.name} ${schoolYear}` });
            }}
          />
        </div>
      ) : (
        <div className="returns-period-fields">
          <DateField
            name="from"
            label="First day"
            value={from}
            onChange={setFrom}
            onBlur={() => {}}
            error={problem.from}
          />
          <DateField
            name="to"
            label="Last day"
            value={to}
            onChange={setTo}
            onBlur={() => {}}
            error={problem.to}
          />
          <Button variant="primary" onClick={showDates} className="returns-period-go">
            Show figures
          </Button>
        </div>
      )}
    </section>
  );
}
