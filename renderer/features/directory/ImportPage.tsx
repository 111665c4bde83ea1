import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import {
  duplicateChoices,
  importFieldKeys,
  importFields,
  MAX_IMPORT_BYTES,
  referralRoutes,
  serviceAreas,
  type ColumnMapping,
  type DuplicateChoice,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/directory';
import { indicators } from '../../../shared/wellbeing';
import { call } from '../../api/client';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { readAsBase64 } from '../casework/documents/attachForm';
import { useImportServices } from './queries';
import './directory.css';

interface Upload {
  fileName: string;
  dataBase64: string;
}
type Step =
  | { name: 'choose' }
  | { name: 'map'; upload: Upload; preview: ImportPreview }
  | { name: 'check'; upload: Upload; preview: ImportPreview }
  | { name: 'done'; result: ImportResult };

const stepTitles: Record<Step['name'], string> = {
  choose: 'Step 1 of 3: choose the spreadsheet',
  map: 'Step 2 of 3: match the columns',
  check: 'Step 3 of 3: check and import',
  done: 'Import finished',
};

/**
 * /directory/import: the school's existing list, from XLSX or CSV. The file is only read until the worker
 * confirms; then every row is written in one go, or none.
 */
export function ImportPage() {
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Each new step is announced by moving the focus to its heading (not on first arrival).
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step.name]);

  return (
    <div className="page import-page">
      <p>
        <Link to="/directory">Back to the directory</Link>
      </p>
      <PageHeading>Import services from a spreadsheet</PageHeading>
      <h2 ref={heading} tabIndex={-1} className="import-step">
        {stepTitles[step.name]}
      </h2>
      {step.name === 'choose' && (
        <ChooseFile onRead={(upload, preview) => setStep({ name: 'map', upload, preview })} />
      )}
      {step.name === 'map' && (
        <MapColumns
          upload={step.upload}
          preview={step.preview}
          onBack={() => setStep({ name: 'choose' })}
          onNext={(preview) => setStep({ name: 'check', upload: step.upload, preview })}
        />
      )}
      {step.name === 'check' && (
        <CheckAndImport
          upload={step.upload}
          preview={step.preview}
          onBack={() => setStep({ name: 'map', upload: step.upload, preview: step.preview })}
          onDone={(result) => setStep({ name: 'done', result })}
        />
      )}
      {step.name === 'done' && <Finished result={step.result} onAgain={() => setStep({ name: 'choose' })} />}
    </div>
  );
}

function ChooseFile({ onRead }: { onRead: (upload: Upload, preview: ImportPreview) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const read = useStepAction(
    () =>
      !file
        ? 'Choose a spreadsheet to import.'
        : !/\.(xlsx|csv)$/i.test(file.name)
          ? 'Choose a spreadsheet saved as .xlsx or .csv.'
          : file.size > MAX_IMPORT_BYTES
            ? 'The spreadsheet can be at most 5 MB.'
            : null,
    async () => {
      const chosen = file as File;
      const upload = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      onRead(upload, await call('directory.importPreview', upload));
    },
  );
  const { problem } = read;

  return (
    <form className="form" noValidate onSubmit={read.onSubmit}>
      <p>
        Save the list as Excel (.xlsx) or CSV, with the column headings in the first row. Nothing is added to
        the directory until you have checked what will be imported.
      </p>
      <div className="field">
        <label htmlFor="import-file">Spreadsheet</label>
        <p id="import-file-hint" className="field-hint">
          An .xlsx or .csv file, up to 5 MB. Dates as DD/MM/YYYY.
        </p>
        <input
          id="import-file"
          type="file"
          className="file-input"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-describedby={problem ? 'import-file-hint import-file-error' : 'import-file-hint'}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        {problem && (
          <p id="import-file-error" className="field-error" role="alert">
            {problem}
          </p>
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={read.busy || undefined}>
          {read.busy ? 'Reading…' : 'Read the spreadsheet'}
        </Button>
      </div>
    </form>
  );
}

interface MapColumnsProps {
  upload: Upload;
  preview: ImportPreview;
  onBack: () => void;
  onNext: (preview: ImportPreview) => void;
}

function MapColumns({ upload, preview, onBack, onNext }: MapColumnsProps) {
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping);
  const next = useStepAction(
    () => (mapping.name === null ? 'Choose the column that holds the service name.' : null),
    async () => onNext(await call('directory.importPreview', { ...upload, mapping })),
  );
  const { problem } = next;

  return (
    <form className="form" noValidate onSubmit={next.onSubmit}>
      <p>
        “{upload.fileName}” has {preview.rowCount === 1 ? '1 row' : `${preview.rowCount} rows`} of services.
        Say which column holds each detail. Columns with familiar headings are matched already.
      </p>
      <ErrorSummary problems={problem ? [{ name: 'name', message: problem }] : []} message={null} />
      <div className="mapping-grid">
        {importFieldKeys.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`field-${field}`}>{importFields[field]}</label>
            <select
              id={`field-${field}`}
              className="input select"
              value={mapping[field] ?? ''}
              aria-invalid={field === 'name' && problem ? true : undefined}
              onChange={(event) =>
                setMapping({
                  ...mapping,
                  [field]: event.target.value === '' ? null : Number(event.target.value),
                })
              }
            >
              <option value="">Not in this file</option>
              {preview.headers.map((header, index) => (
                <option key={index} value={index}>
                  {header}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={next.busy || undefined}>
          {next.busy ? 'Reading…' : 'Show what will be imported'}
        </Button>
        <Button onClick={onBack}>Choose another file</Button>
      </div>
    </form>
  );
}

interface CheckAndImportProps {
  upload: Upload;
  preview: ImportPreview;
  onBack: () => void;
  onDone: (result: ImportResult) => void;
}

function CheckAndImport({ upload, preview, onBack, onDone }: CheckAndImportProps) {
  const save = useImportServices();
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [skipUnreadable, setSkipUnreadable] = useState(false);
  const unreadable = preview.problems.length;
  const toWrite = preview.readableCount - (duplicates === 'skip' ? preview.duplicates.length : 0);
  const confirm = useStepAction(
    () =>
      unreadable > 0 && !skipUnreadable
        ? 'Agree to leave out the rows that cannot be read, or correct the spreadsheet first.'
        : null,
    async () =>
      onDone(await save.mutateAsync({ ...upload, mapping: preview.mapping, duplicates, skipUnreadable })),
  );
  const { problem } = confirm;

  return (
    <form className="form import-check" noValidate onSubmit={confirm.onSubmit}>
      <ErrorSummary problems={problem ? [{ name: 'skipUnreadable', message: problem }] : []} message={null} />
      <p>
        {preview.readableCount} of {preview.rowCount} rows can be imported.
        {preview.preview.length < preview.readableCount &&
          ` The first ${preview.preview.length} are shown here.`}
      </p>
      <div className="table-scroll" role="region" aria-labelledby="import-preview-caption" tabIndex={0}>
        <table className="table import-preview">
          <caption id="import-preview-caption">Preview of the services to import</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Service</th>
              <th scope="col">Organisation</th>
              <th scope="col">How to refer</th>
              <th scope="col">Area</th>
              <th scope="col">Helps with</th>
              <th scope="col">Last checked</th>
            </tr>
          </thead>
          <tbody>
            {preview.preview.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.name}</td>
                <td>{row.organisation}</td>
                <td>{referralRoutes[row.referralRoute]}</td>
                <td>{serviceAreas[row.area]}</td>
                <td>{[...row.categories, ...row.indicators.map((key) => indicators[key])].join(', ')}</td>
                <td>{row.lastCheckedOn ? isoToDisplay(row.lastCheckedOn) : 'Not given'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="import-problems">
        <h3 id="import-problems">Rows that cannot be read ({unreadable})</h3>
        {unreadable === 0 ? (
          <p>Every row can be read.</p>
        ) : (
          <>
            <ul className="import-problems">
              {preview.problems.map((each) => (
                <li key={each.row}>
                  Row {each.row}: {each.reason}
                </li>
              ))}
            </ul>
            <div className="checkbox">
              <input
                id="field-skipUnreadable"
                type="checkbox"
                checked={skipUnreadable}
                aria-invalid={problem && !skipUnreadable ? true : undefined}
                onChange={(event) => setSkipUnreadable(event.target.checked)}
              />
              <div>
                <label htmlFor="field-skipUnreadable">
                  Leave out {unreadable === 1 ? 'this row' : `these ${unreadable} rows`} and import the rest
                </label>
                <p className="field-hint">Or correct the spreadsheet and choose it again.</p>
              </div>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="import-duplicates">
        <h3 id="import-duplicates">Possible duplicates ({preview.duplicates.length})</h3>
        {preview.duplicates.length === 0 ? (
          <p>None of these services is in the directory already, and none is listed twice.</p>
        ) : (
          <>
            <ul className="import-problems">
              {preview.duplicates.map((each) => (
                <li key={each.row}>
                  Row {each.row}: {each.name}
                  {each.organisation && ` (${each.organisation})`}{' '}
                  {each.existingServiceId
                    ? 'is already in the directory.'
                    : `is also on row ${each.sameAsRow}.`}
                </li>
              ))}
            </ul>
            <RadioGroupField
              name="duplicates"
              legend="What should happen to these rows?"
              options={choicesOf(duplicateChoices)}
              value={duplicates}
              onChange={(value) => setDuplicates(value as DuplicateChoice)}
            />
          </>
        )}
      </section>

      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={save.isPending || undefined}>
          {save.isPending ? 'Importing…' : `Import ${toWrite === 1 ? '1 service' : `${toWrite} services`}`}
        </Button>
        <Button onClick={onBack}>Change the columns</Button>
      </div>
    </form>
  );
}

function Finished({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return (
    <div role="status" className="import-result">
      <p>
        {count(result.added, 'service')} added
        {result.updated > 0 && `, ${count(result.updated, 'service')} updated`}
        {result.skipped > 0 && `, ${count(result.skipped, 'duplicate')} skipped`}.
      </p>
      {result.problems.length > 0 && (
        <>
          <p>These rows were left out because they could not be read:</p>
          <ul className="import-problems">
            {result.problems.map((each) => (
              <li key={each.row}>
                Row {each.row}: {each.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="page-actions">
        <Link to="/directory" className="button button--primary button-link">
          Go to the directory
        </Link>
        <Button onClick={onAgain}>Import another spreadsheet</Button>
      </p>
    </div>
  );
}

/**
 * A step's one action, run from its form: what stops it (a check first, or the server's reason) is said
 * beside the field, and the button says it is busy meanwhile.
 */
function useStepAction(problemFirst: () => string | null, act: () => Promise<void>) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const stop = problemFirst();
    setProblem(stop);
    if (stop) return;
    setBusy(true);
    try {
      await act();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return { problem, busy, onSubmit };
}
