import { useState } from 'react';
import {
  attendanceFieldKeys,
  attendanceFields,
  importShapes,
  type AttendanceField,
  type AttendanceMapping,
  type AttendancePreview,
  type ImportShape,
} from '../../../shared/attendance';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { choicesOf } from '../../ui/choices';
import { DateField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { fieldId } from '../../ui/fieldIds';
import type { Upload } from '../../ui/import/ChooseFile';
import { MappingTable } from '../../ui/import/MappingTable';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { noProblem, problemOf, type StepProblem } from './importStep';

interface AttendanceMapStepProps {
  upload: Upload;
  preview: AttendancePreview;
  onBack: () => void;
  onNext: (preview: AttendancePreview) => void;
}

const fieldsOf = (shape: ImportShape) =>
  attendanceFieldKeys
    .filter((key) => (attendanceFields[key].shapes as readonly ImportShape[]).includes(shape))
    .map((key) => ({ key, label: attendanceFields[key].label }));

/** The server's field paths ("mapping.possible", "period.to") as this step's fields. */
function mappingErrors(fields: Record<string, string>): Partial<Record<AttendanceField, string>> {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([path]) => path.startsWith('mapping.'))
      .map(([path, message]) => [path.slice('mapping.'.length), message]),
  );
}

/** The field a server path belongs to here: a mapping's column select, or the first of the two dates. */
const fieldOf = (path: string) =>
  path.startsWith('mapping.') ? path.slice('mapping.'.length) : path.replace(/^period$/, 'period.from');

/** Step 3: what shape the export is, which column holds what (samples beside each), and its dates. */
export function AttendanceMapStep({ upload, preview: first, onBack, onNext }: AttendanceMapStepProps) {
  const [preview, setPreview] = useState(first);
  const [shape, setShape] = useState(first.shape);
  const [mapping, setMapping] = useState<AttendanceMapping>(first.sheet.layout.mapping);
  const [from, setFrom] = useState(first.period?.from ?? '');
  const [to, setTo] = useState(first.period?.to ?? '');
  const [problem, setProblem] = useState<StepProblem>(noProblem);
  const [busy, setBusy] = useState(false);
  const { sheet, headerRow } = preview.sheet.layout;
  const period = from || to ? { period: { from, to } } : {};

  const read = async (changed: { shape: ImportShape; mapping?: AttendanceMapping }) =>
    call('attendance.previewImport', { ...upload, sheet, headerRow, ...period, ...changed });

  const onShape = async (next: ImportShape) => {
    setShape(next);
    setProblem(noProblem);
    try {
      // A new shape has other fields: its columns are guessed afresh.
      const guessed = await read({ shape: next });
      setPreview(guessed);
      setMapping(guessed.sheet.layout.mapping);
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  /** The first field to fix takes the focus, as in every form; the summary above is announced. */
  const showProblem = (found: StepProblem) => {
    setProblem(found);
    const [first] = Object.keys(found.fields);
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(fieldOf(first)))?.focus());
  };

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const checked = await read({ shape, mapping });
      setPreview(checked);
      if (checked.check && Object.keys(checked.fields).length === 0) onNext(checked);
      else showProblem({ message: null, fields: checked.fields });
    } catch (error) {
      showProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };

  const fields = fieldsOf(shape);
  const periodError = problem.fields['period'];
  const fromError = problem.fields['period.from'] ?? periodError;
  const toError = problem.fields['period.to'];
  const summary = Object.entries(problem.fields).map(([path, message]) => ({ name: fieldOf(path), message }));
  const { markColumns } = preview;

  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p>
        “{upload.fileName}”, sheet “{sheet}”, headings in row {headerRow}. Say what shape the export is and
        which column holds each detail; columns with familiar headings are matched already.
      </p>
      <ErrorSummary problems={summary} message={problem.message} />
      <RadioGroupField
        name="shape"
        legend="What the export holds"
        options={choicesOf(importShapes)}
        value={shape}
        onChange={(value) => void onShape(value as ImportShape)}
        error={problem.fields['shape']}
      />
      {shape === 'session_columns' && (
        <p className={markColumns.count === 0 ? 'field-error' : 'notice'} role="status">
          {markColumns.count === 0
            ? 'No column headings read as a date and session (such as “Wed 03/09/2025 AM”). Check the heading row, or choose another shape.'
            : `${markColumns.count} columns of register marks found, from “${markColumns.first}” to “${markColumns.last}”.`}
        </p>
      )}
      <MappingTable
        fields={fields}
        columns={preview.sheet.columns}
        mapping={mapping}
        errors={mappingErrors(problem.fields)}
        onColumn={(field, index) => setMapping({ ...mapping, [field]: index })}
      />
      <fieldset className="field period-fields">
        <legend>Dates the figures cover</legend>
        <p className="field-hint">
          {shape === 'summary'
            ? preview.period
              ? 'Read from the lines above the headings. Change them if they are wrong.'
              : 'The file does not say, so enter the first and last day its totals cover.'
            : 'Optional: leave empty to import every date in the file, or enter dates to import only those.'}
        </p>
        <div className="period-row">
          <DateField
            name="period.from"
            label="First day"
            value={from}
            onChange={setFrom}
            onBlur={() => undefined}
            error={fromError}
          />
          <DateField
            name="period.to"
            label="Last day"
            value={to}
            onChange={setTo}
            onBlur={() => undefined}
            error={toError}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
          {busy ? 'Reading…' : 'Show what will be imported'}
        </Button>
        <Button onClick={onBack}>Change the sheet or heading row</Button>
      </div>
    </form>
  );
}
