import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { familyFields, type FamilyInput } from '../../../shared/families';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems } from '../../ui/formErrors';
import { SaveButton } from '../../ui/SaveButton';
import { useToast } from '../../ui/Toast';
import { useFieldChecks } from '../../ui/useFieldChecks';
import { useFormSave } from '../../ui/useFormSave';
import { FamilyFields } from './FamilyFields';
import type { FamilyFormValues } from './familyFormValues';
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
    formState: { errors, submitCount },
  } = form;
  const { onSubmit, saving, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: 'this family',
    save: (family) => save.mutateAsync(family),
    onSaved: ({ id }) => {
      toast({ text: 'Family saved' });
      navigate(`/families/${id}/overview`, { replace: true });
    },
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onBlurCapture={checkOnLeave} noValidate className="form family-form">
        <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />

        <FamilyFields />

        <div className="form-actions form-actions--sticky">
          <SaveButton label="Save family" saving={saving} />
          <Button onClick={() => navigate(familyId ? `/families/${familyId}/overview` : '/families')}>
            Cancel
          </Button>
        </div>
      </form>
      {leaveDialog}
    </FormProvider>
  );
}
