import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { eventKinds, type CarerHit, type Occurrence } from '../../../shared/calendar';
import { isoDate } from '../../../shared/families';
import { isoToDisplay } from '../../../shared/dates';
import { useShortcut } from '../../app/shortcuts';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { DialogFormActions, FormDialog } from '../../ui/FormDialog';
import { listProblems } from '../../ui/formErrors';
import { LoadProblem } from '../../ui/LoadProblem';
import { TextField } from '../../ui/TextField';
import { useToast } from '../../ui/Toast';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useFormSave } from '../../ui/useFormSave';
import { useAttendance, useChangeOccurrence, useFindCarers, useRecordAttendance } from './queries';

interface OccurrenceDialogProps {
  occurrence: Occurrence;
  onEditSeries: (eventId: string) => void;
  onClose: () => void;
}

export const occurrenceName = (occurrence: Occurrence) =>
  `${occurrence.title} on ${isoToDisplay(occurrence.date)}`;

/** One date of an event: who came, or move or cancel just this date. */
export function OccurrenceDialog({ occurrence, onEditSeries, onClose }: OccurrenceDialogProps) {
  const [mode, setMode] = useState<'view' | 'move' | 'attendance'>('view');
  if (mode === 'move')
    return <MoveForm occurrence={occurrence} onDone={onClose} onBack={() => setMode('view')} />;
  if (mode === 'attendance')
    return <AttendanceForm occurrence={occurrence} onDone={onClose} onBack={() => setMode('view')} />;
  return (
    <OccurrenceDetails
      occurrence={occurrence}
      onEditSeries={onEditSeries}
      onClose={onClose}
      onMove={() => setMode('move')}
      onAttendance={() => setMode('attendance')}
    />
  );
}

function OccurrenceDetails({
  occurrence,
  onEditSeries,
  onClose,
  onMove,
  onAttendance,
}: OccurrenceDialogProps & { onMove: () => void; onAttendance: () => void }) {
  const toast = useToast();
  const change = useChangeOccurrence();
  const [confirming, setConfirming] = useState(false);
  const key = { eventId: occurrence.eventId, originalDate: occurrence.originalDate };
  const cancelled = occurrence.status === 'cancelled';

  const cancelThis = async () => {
    setConfirming(false);
    try {
      await change.mutateAsync({ change: 'cancel', ...key });
      onClose();
      toast({
        text: `${occurrenceName(occurrence)} cancelled.`,
        action: {
          label: 'Undo',
          onAction: () =>
            void change.mutateAsync({ change: 'restore', ...key }).then(
              () => toast({ text: `${occurrenceName(occurrence)} is back on.` }),
              (error: Error) => toast({ text: `It was not restored. ${error.message}` }),
            ),
        },
      });
    } catch (error) {
      toast({ text: `This date was not cancelled. ${(error as Error).message}` });
    }
  };
  const restore = async () => {
    try {
      await change.mutateAsync({ change: 'restore', ...key });
      toast({ text: `${occurrenceName(occurrence)} is back on.` });
      onClose();
    } catch (error) {
      toast({ text: `It was not restored. ${(error as Error).message}` });
    }
  };

  return (
    <FormDialog title={occurrence.title} dirty={false} onClose={onClose}>
      {(close) => (
        <div className="occurrence-details">
          <dl className="details">
            <dt>When</dt>
            <dd>
              {isoToDisplay(occurrence.date)}, {occurrence.startTime} to {occurrence.endTime}
              {occurrence.status === 'moved' && (
                <span className="badge occurrence-badge">
                  Moved from {isoToDisplay(occurrence.originalDate)}
                </span>
              )}
              {cancelled && <span className="badge occurrence-badge">Cancelled</span>}
            </dd>
            <dt>Kind</dt>
            <dd>{eventKinds[occurrence.kind]}</dd>
            {occurrence.location && (
              <>
                <dt>Place</dt>
                <dd>{occurrence.location}</dd>
              </>
            )}
            <dt>Who came</dt>
            <dd>
              {occurrence.carersCame + occurrence.othersCame === 0
                ? 'Not recorded yet'
                : `${occurrence.carersCame} from the caseload, ${occurrence.othersCame} others`}
            </dd>
          </dl>
          <div className="occurrence-actions">
            {!cancelled && (
              <Button variant="primary" onClick={onAttendance}>
                Record who came
              </Button>
            )}
            {!cancelled && <Button onClick={onMove}>Move this date</Button>}
            {cancelled ? (
              <Button onClick={() => void restore()}>Restore this date</Button>
            ) : (
              <Button onClick={() => setConfirming(true)}>Cancel this date</Button>
            )}
            <Button onClick={() => onEditSeries(occurrence.eventId)}>Edit every date</Button>
            <Button variant="link" onClick={close}>
              Close
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={`Cancel ${occurrenceName(occurrence)}?`}
            description="Only this date is cancelled; the rest of the series stays. It comes off the printed calendar and the phone calendar file. You can restore it later."
            confirmLabel="Cancel this date"
            cancelLabel="Keep it"
            onConfirm={() => void cancelThis()}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </FormDialog>
  );
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const moveForm = z
  .strictObject({
    date: isoDate('new date'),
    startTime: z.string().regex(TIME, 'Enter the start time as HH:MM, for example 09:15.'),
    endTime: z.string().regex(TIME, 'Enter the end time as HH:MM, for example 10:30.'),
  })
  .refine((move) => !TIME.test(move.endTime) || move.endTime > move.startTime, {
    path: ['endTime'],
    message: 'The end time must be after the start time.',
  });
type MoveValues = z.infer<typeof moveForm>;

interface SubFormProps {
  occurrence: Occurrence;
  onDone: () => void;
  onBack: () => void;
}

function MoveForm({ occurrence, onDone, onBack }: SubFormProps) {
  const toast = useToast();
  const change = useChangeOccurrence();
  const form = useForm<MoveValues>({
    resolver: zodResolver(moveForm),
    defaultValues: { date: occurrence.date, startTime: occurrence.startTime, endTime: occurrence.endTime },
  });
  const {
    register,
    control,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = form;
  const { onSubmit, formMessage, leaveDialog } = useFormSave(form, {
    changesTo: `the move of ${occurrenceName(occurrence)}`,
    save: (values) =>
      change.mutateAsync({
        change: 'move',
        eventId: occurrence.eventId,
        originalDate: occurrence.originalDate,
        ...values,
      }),
    onSaved: (_moved, values) => {
      toast({ text: `${occurrence.title} moved to ${isoToDisplay(values.date)}, ${values.startTime}.` });
      onDone();
    },
  });
  return (
    <FormDialog
      title={`Move ${occurrenceName(occurrence)}`}
      description="Only this date moves; the rest of the series stays as it is."
      dirty={isDirty}
      onClose={onDone}
    >
      {() => (
        <form onSubmit={onSubmit} noValidate className="form">
          <ErrorSummary problems={submitCount > 0 ? listProblems(errors) : []} message={formMessage} />
          <Controller
            control={control}
            name="date"
            render={({ field }) => <DateField label="New date" {...field} error={errors.date?.message} />}
          />
          <div className="field-row">
            <TextField
              label="Starts at"
              width="short"
              autoComplete="off"
              {...register('startTime')}
              error={errors.startTime?.message}
            />
            <TextField
              label="Ends at"
              width="short"
              autoComplete="off"
              {...register('endTime')}
              error={errors.endTime?.message}
            />
          </div>
          <DialogFormActions saveLabel="Move this date" saving={isSubmitting} onCancel={onBack} />
          {leaveDialog}
        </form>
      )}
    </FormDialog>
  );
}

function AttendanceForm({ occurrence, onDone, onBack }: SubFormProps) {
  const attendance = useAttendance(occurrence.eventId, occurrence.originalDate);
  return attendance.data ? (
    <AttendanceFields
      occurrence={occurrence}
      initial={attendance.data.carers}
      initialOthers={attendance.data.othersCount}
      onDone={onDone}
      onBack={onBack}
    />
  ) : (
    <FormDialog title={`Who came to ${occurrenceName(occurrence)}`} dirty={false} onClose={onDone}>
      {() =>
        attendance.isError ? (
          <LoadProblem what="who came" error={attendance.error} onRetry={() => void attendance.refetch()} />
        ) : (
          <p>Loading who came…</p>
        )
      }
    </FormDialog>
  );
}

function AttendanceFields({
  occurrence,
  initial,
  initialOthers,
  onDone,
  onBack,
}: SubFormProps & { initial: CarerHit[]; initialOthers: number }) {
  const toast = useToast();
  const record = useRecordAttendance();
  const [came, setCame] = useState<CarerHit[]>(initial);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(initial.map((carer) => carer.carerId)));
  const [others, setOthers] = useState(String(initialOthers));
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const found = useFindCarers(useDebouncedValue(query, 200));
  const dirty =
    others !== String(initialOthers) ||
    ticked.size !== initial.length ||
    initial.some((carer) => !ticked.has(carer.carerId));
  const othersError = /^\d{1,3}$/.test(others.trim())
    ? undefined
    : 'Enter how many others came, as a number (0 if none).';

  const add = (carer: CarerHit) => {
    if (!came.some((one) => one.carerId === carer.carerId)) setCame([...came, carer]);
    setTicked(new Set([...ticked, carer.carerId]));
    setQuery('');
  };
  const save = async () => {
    if (othersError) {
      setProblem(othersError);
      document.getElementById('others-count')?.focus();
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await record.mutateAsync({
        eventId: occurrence.eventId,
        originalDate: occurrence.originalDate,
        carerIds: came.filter((carer) => ticked.has(carer.carerId)).map((carer) => carer.carerId),
        othersCount: Number(others.trim()),
      });
      toast({ text: `Who came to ${occurrenceName(occurrence)} saved.` });
      onDone();
    } catch (error) {
      setProblem((error as Error).message);
      setSaving(false);
    }
  };
  useShortcut('s', () => !saving && void save());
  const results = (found.data ?? []).filter(
    (hit) => !came.some((one) => one.carerId === hit.carerId && ticked.has(hit.carerId)),
  );

  return (
    <FormDialog title={`Who came to ${occurrenceName(occurrence)}`} dirty={dirty} onClose={onDone}>
      {() => (
        <form
          className="form"
          noValidate
          onSubmit={(submit) => {
            submit.preventDefault();
            void save();
          }}
        >
          <ErrorSummary problems={[]} message={problem} />
          <TextField
            name="carer-search"
            label="Find a parent or carer on the caseload"
            hint="Type part of their name or their family’s name"
            autoComplete="off"
            type="search"
            value={query}
            onChange={(change) => setQuery(change.target.value)}
            onKeyDown={(key) => {
              // Enter adds the only match, rather than submitting the form half done.
              if (key.key === 'Enter') {
                key.preventDefault();
                if (results.length === 1) add(results[0]!);
              }
            }}
          />
          {query.trim() && (
            <div aria-live="polite">
              {found.isPending ? (
                <p className="muted">Looking…</p>
              ) : results.length === 0 ? (
                <p className="muted">
                  Nobody on the caseload matches “{query.trim()}”. Count them under others below.
                </p>
              ) : (
                <ul className="carer-results">
                  {results.map((hit) => (
                    <li key={hit.carerId}>
                      <Button onClick={() => add(hit)}>
                        Add {hit.carerName} <span className="muted">({hit.familyName})</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          <fieldset className="field">
            <legend>Parents and carers from the caseload who came</legend>
            {came.length === 0 ? (
              <p className="muted">Nobody ticked yet. Find each parent or carer above.</p>
            ) : (
              came.map((carer) => (
                <div className="checkbox" key={carer.carerId}>
                  <input
                    id={`came-${carer.carerId}`}
                    type="checkbox"
                    checked={ticked.has(carer.carerId)}
                    onChange={(change) => {
                      const next = new Set(ticked);
                      if (change.target.checked) next.add(carer.carerId);
                      else next.delete(carer.carerId);
                      setTicked(next);
                    }}
                  />
                  <label htmlFor={`came-${carer.carerId}`}>
                    {carer.carerName} ({carer.familyName})
                  </label>
                </div>
              ))
            )}
          </fieldset>
          <TextField
            id="others-count"
            name="othersCount"
            label="Others who came, not on the caseload"
            hint="How many; their names are not recorded"
            inputMode="numeric"
            width="short"
            autoComplete="off"
            value={others}
            onChange={(change) => setOthers(change.target.value)}
            error={problem === othersError ? othersError : undefined}
          />
          <DialogFormActions saveLabel="Save who came" saving={saving} onCancel={onBack} />
        </form>
      )}
    </FormDialog>
  );
}
