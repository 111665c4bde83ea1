import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { isoToDisplay } from '../../../shared/dates';
import {
  signpostKinds,
  signpostOutcomeInput,
  signpostOutcomes,
  type Signpost,
} from '../../../shared/directory';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { LoadProblem } from '../../ui/LoadProblem';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SaveFormDialog } from '../../ui/SaveFormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { useToast } from '../../ui/Toast';
import { useFormSave } from '../../ui/useFormSave';
import { todayIso } from '../families/dates';
import { serviceTitle } from './labels';
import { useRecordOutcome, useSignposts } from './queries';
import { SignpostDialog } from './SignpostDialog';
import './directory.css';

/** On the family's Overview: the services they have been pointed to, and what came of it. */
export function FamilyServicesSection({ familyId }: { familyId: string }) {
  const signposts = useSignposts(familyId);
  const [adding, setAdding] = useState(false);
  const [recording, setRecording] = useState<Signpost | null>(null);

  return (
    <section aria-labelledby="overview-services">
      <div className="section-header">
        <h2 id="overview-services">Services</h2>
        <Button onClick={() => setAdding(true)}>Signpost or refer to a service</Button>
      </div>
      {signposts.isPending ? (
        <p>Loading services…</p>
      ) : signposts.isError ? (
        <LoadProblem what="the services" error={signposts.error} onRetry={() => void signposts.refetch()} />
      ) : signposts.data.length === 0 ? (
        <p className="muted">
          Not signposted or referred to any service yet. Use “Signpost or refer to a service” to record it; it
          goes on the chronology.
        </p>
      ) : (
        <ul className="cards">
          {signposts.data.map((signpost) => (
            <li key={signpost.id} className="card">
              <h3>
                <Link to={`/directory/${signpost.serviceId}`}>
                  {serviceTitle({ name: signpost.serviceName, organisation: signpost.organisation })}
                </Link>
              </h3>
              <dl className="details">
                <dt>{signpostKinds[signpost.kind]}</dt>
                <dd>{isoToDisplay(signpost.on)}</dd>
                {signpost.note && (
                  <>
                    <dt>Note</dt>
                    <dd>{signpost.note}</dd>
                  </>
                )}
                <dt>Outcome</dt>
                <dd>
                  {signpost.outcome ? (
                    <>
                      <span className="signpost-outcome">{signpostOutcomes[signpost.outcome]}</span>
                      {signpost.outcomeOn && `, ${isoToDisplay(signpost.outcomeOn)}`}
                      {signpost.outcomeNote && `. ${signpost.outcomeNote}`}
                    </>
                  ) : (
                    <span className="muted">Not yet recorded</span>
                  )}
                </dd>
              </dl>
              <div className="record-actions">
                <Button onClick={() => setRecording(signpost)}>
                  {signpost.outcome ? 'Change the outcome' : 'Record the outcome'}
                  <span className="visually-hidden">: {signpost.serviceName}</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {adding && <SignpostDialog familyId={familyId} onClose={() => setAdding(false)} />}
      {recording && (
        <OutcomeDialog familyId={familyId} signpost={recording} onClose={() => setRecording(null)} />
      )}
    </section>
  );
}

type OutcomeValues = z.input<typeof signpostOutcomeInput>;
type OutcomeSaved = z.output<typeof signpostOutcomeInput>;

function OutcomeDialog({
  familyId,
  signpost,
  onClose,
}: {
  familyId: string;
  signpost: Signpost;
  onClose: () => void;
}) {
  const toast = useToast();
  const record = useRecordOutcome(familyId);
  const form = useForm<OutcomeValues, unknown, OutcomeSaved>({
    resolver: zodResolver(signpostOutcomeInput),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    defaultValues: {
      id: signpost.id,
      outcome: signpost.outcome ?? ('' as OutcomeValues['outcome']),
      on: signpost.outcomeOn ?? todayIso(),
      note: signpost.outcomeNote,
    },
  });
  const {
    control,
    register,
    formState: { errors },
  } = form;

  const saving = useFormSave(form, {
    changesTo: 'this outcome',
    save: (values) => record.mutateAsync(values),
    onSaved: (_saved, values) => {
      toast({ text: `Outcome recorded: ${signpostOutcomes[values.outcome].toLowerCase()}.` });
      onClose();
    },
  });

  return (
    <SaveFormDialog
      title={`Outcome: ${signpost.serviceName}`}
      description={`${signpostKinds[signpost.kind]} on ${isoToDisplay(signpost.on)}.`}
      onClose={onClose}
      form={form}
      saving={saving}
      saveLabel="Save the outcome"
    >
      <Controller
        control={control}
        name="outcome"
        render={({ field }) => (
          <RadioGroupField
            {...field}
            legend="What happened?"
            options={choicesOf(signpostOutcomes)}
            error={errors.outcome?.message}
          />
        )}
      />
      <Controller
        control={control}
        name="on"
        render={({ field }) => (
          <DateField {...field} label="Date of the outcome" error={errors.on?.message} />
        )}
      />
      <TextAreaField label="Note (optional)" rows={3} {...register('note')} error={errors.note?.message} />
    </SaveFormDialog>
  );
}
