import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { childFlagKeys, childFlags, yearGroups, type ChildInput } from '../../../shared/families';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { DateField } from '../../ui/DateField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { FamilyFormValues } from './familyFormValues';

interface ChildFieldsProps {
  index: number;
  /** Absent for the only child: a family here always has at least one. */
  onRemove?: (() => void) | undefined;
}

export function ChildFields({ index, onRemove }: ChildFieldsProps) {
  const { register, control } = useFormContext<FamilyFormValues>();
  const { errors } = useFormState({ control, name: `children.${index}` });
  const name = useWatch({ control, name: `children.${index}.name` });
  const problems = errors.children?.[index];
  const field = (key: Exclude<keyof ChildInput, 'id' | 'dateOfBirth'>) => ({
    ...register(`children.${index}.${key}`),
    error: problems?.[key]?.message,
  });

  return (
    <fieldset className="member">
      <legend>Child {index + 1}</legend>
      <div className="member-grid">
        <TextField label="Full name" autoComplete="off" {...field('name')} />
        <TextField
          label="Preferred name"
          hint="The name they go by, if different. Lists show this name."
          autoComplete="off"
          {...field('preferredName')}
        />
        <Controller
          control={control}
          name={`children.${index}.dateOfBirth`}
          render={({ field: date, fieldState }) => (
            <DateField label="Date of birth" {...date} error={fieldState.error?.message} />
          )}
        />
        <SelectField label="Year group" options={yearGroups} emptyOption="Not set" {...field('yearGroup')} />
        <TextField label="Class" autoComplete="off" width="medium" {...field('className')} />
        <TextField
          label="Pupil identifier (UPN or SCN)"
          autoComplete="off"
          spellCheck={false}
          width="medium"
          {...field('pupilId')}
        />
      </div>
      <fieldset className="flags">
        <legend>Things to watch</legend>
        <div className="flags-grid">
          {childFlagKeys.map((flag) => (
            <CheckboxField key={flag} label={childFlags[flag]} {...field(flag)} />
          ))}
        </div>
      </fieldset>
      {onRemove && (
        <Button className="member-remove" onClick={onRemove}>
          Remove <span className="visually-hidden">{name.trim() || `child ${index + 1}`}</span>
        </Button>
      )}
    </fieldset>
  );
}
