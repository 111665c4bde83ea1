import { useRef } from 'react';
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { fieldId } from '../../ui/fieldIds';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { CarerFields } from './CarerFields';
import { ChildFields } from './ChildFields';
import { blankCarer, blankChild, type FamilyFormValues } from './familyFormValues';

/**
 * The family's own fields (name, address, carers, children), for any form whose values include a family
 * at their root: adding or editing a family, and a referral for a family not yet in Linkbook.
 */
export function FamilyFields() {
  const { control, register } = useFormContext<FamilyFormValues>();
  const { errors } = useFormState({ control, name: ['familyName', 'address', 'postcode'] });
  // keyName: the rows' own `id` is the saved carer's or child's id, which must reach the server untouched.
  const carers = useFieldArray({ control, name: 'carers', keyName: 'key' });
  const children = useFieldArray({ control, name: 'children', keyName: 'key' });
  const addCarerButton = useRef<HTMLButtonElement>(null);
  const addChildButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      <section className="card form" aria-labelledby="family-details">
        <h2 id="family-details">Family</h2>
        <TextField
          label="Family name"
          autoComplete="off"
          width="medium"
          {...register('familyName')}
          error={errors.familyName?.message}
        />
        <TextAreaField
          label="Address"
          autoComplete="off"
          {...register('address')}
          error={errors.address?.message}
        />
        <TextField
          label="Postcode"
          autoComplete="off"
          width="short"
          {...register('postcode')}
          error={errors.postcode?.message}
        />
      </section>

      <section className="card form" aria-labelledby="family-carers">
        <h2 id="family-carers">Carers</h2>
        {carers.fields.length === 0 && <p className="muted">No carers added.</p>}
        {carers.fields.map((carer, index) => (
          <CarerFields
            key={carer.key}
            index={index}
            onRemove={() => {
              carers.remove(index);
              addCarerButton.current?.focus();
            }}
          />
        ))}
        <div>
          <Button ref={addCarerButton} onClick={() => carers.append(blankCarer())}>
            Add a carer
          </Button>
        </div>
      </section>

      <section className="card form" aria-labelledby="family-children" id={fieldId('children')} tabIndex={-1}>
        <h2 id="family-children">Children</h2>
        {children.fields.map((child, index) => (
          <ChildFields
            key={child.key}
            index={index}
            onRemove={
              children.fields.length > 1
                ? () => {
                    children.remove(index);
                    addChildButton.current?.focus();
                  }
                : undefined
            }
          />
        ))}
        <div>
          <Button ref={addChildButton} onClick={() => children.append(blankChild())}>
            Add a child
          </Button>
        </div>
      </section>
    </>
  );
}
