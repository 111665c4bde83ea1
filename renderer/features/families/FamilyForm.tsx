import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { familyFields, type FamilyInput } from '../../../shared/families';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { fieldId } from '../../ui/fieldIds';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useLeaveGuard } from '../../ui/useLeaveGuard';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { CarerFields } from './CarerFields';
import { ChildFields } from './ChildFields';
import { blankCarer, blankChild, type FamilyFormValues } from './familyFormValues';
import { useSaveFamily } from './queries';

interface FamilyFormProps {
  initial: FamilyFormValues;
  /** Set when editing a saved family; absent when adding one. */
  familyId?: string;
}

export function FamilyForm({ initial, familyId }: FamilyFormProps) {
  const navigate = useNavigate();
  const toast = useToast();
  const save = useSaveFamily(familyId);
  const form = useForm<FamilyFormValues, unknown, FamilyInput>({
    resolver: zodResolver(familyFields),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: initial,
  });
  const checkOnLeave = useFieldChecks(form);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  // keyName: the rows' own `id` is the saved carer's or child's id, which must reach the server untouched.
  const carers = useFieldArray({ control, name: 'carers', keyName: 'key' });
  const children = useFieldArray({ control, name: 'children', keyName: 'key' });
  const addCarerButton = useRef<HTMLButtonElement>(null);
  const addChildButton = useRef<HTMLButtonElement>(null);
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const { dialog, allowLeaving } = useLeaveGuard(isDirty, 'this family');

  const onSubmit = handleSubmit(async (family) => {
    setFormMessage(null);
    try {
      const { id } = await save.mutateAsync(family);
      allowLeaving();
      toast({ text: 'Family saved' });
      navigate(`/families/${id}/overview`, { replace: true });
    } catch (error) {
      setFormMessage(showServerErrors(error, setError));
    }
  });
  useShortcut('s', () => !isSubmitting && void onSubmit());

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form family-form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />

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

        <section
          className="card form"
          aria-labelledby="family-children"
          id={fieldId('children')}
          tabIndex={-1}
        >
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

        <div className="form-actions form-actions--sticky">
          <Button
            type="submit"
            variant="primary"
            disabled={isSubmitting}
            title="Save (Ctrl+S)"
            aria-keyshortcuts="Control+S"
          >
            {isSubmitting ? 'Saving…' : 'Save family'}
          </Button>
          <Button onClick={() => navigate(familyId ? `/families/${familyId}/overview` : '/families')}>
            Cancel
          </Button>
        </div>
      </form>
      {dialog}
    </FormProvider>
  );
}
