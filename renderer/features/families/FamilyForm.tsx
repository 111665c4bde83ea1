import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { familyFields, type FamilyInput } from '../../../shared/families';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { listProblems, showServerErrors } from '../../ui/formErrors';
import { useToast } from '../../ui/Toast';
import { useLeaveGuard } from '../../ui/useLeaveGuard';
import { useFieldChecks } from '../../ui/useFieldChecks';
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
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
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

        <FamilyFields />

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
