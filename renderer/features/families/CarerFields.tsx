import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { relationships, type CarerInput } from '../../../shared/families';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { FamilyFormValues } from './familyFormValues';

interface CarerFieldsProps {
  index: number;
  onRemove: () => void;
}

export function CarerFields({ index, onRemove }: CarerFieldsProps) {
  const { register, control } = useFormContext<FamilyFormValues>();
  const { errors } = useFormState({ control, name: `carers.${index}` });
  const name = useWatch({ control, name: `carers.${index}.name` });
  const problems = errors.carers?.[index];
  const field = (key: Exclude<keyof CarerInput, 'id'>) => ({
    ...register(`carers.${index}.${key}`),
    error: problems?.[key]?.message,
  });

  return (
    <fieldset className="member">
      <legend>Carer {index + 1}</legend>
      <div className="member-grid">
        <TextField label="Name" autoComplete="off" {...field('name')} />
        <SelectField
          label="Relationship"
          options={relationships}
          emptyOption="Choose…"
          {...field('relationship')}
        />
        <TextField label="Phone" type="tel" autoComplete="off" {...field('phone')} />
        <TextField label="Email" type="email" autoComplete="off" {...field('email')} />
        <TextField label="Preferred language" autoComplete="off" {...field('preferredLanguage')} />
      </div>
      <CheckboxField label="Interpreter needed" {...field('interpreterNeeded')} />
      <CheckboxField label="Has parental responsibility" {...field('parentalResponsibility')} />
      <Button className="member-remove" onClick={onRemove}>
        Remove <span className="visually-hidden">{name.trim() || `carer ${index + 1}`}</span>
      </Button>
    </fieldset>
  );
}
