import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { MAX_IMPORT_BYTES, type ImportPreview, type ImportResult } from '../../../shared/directory';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ProblemList } from '../../ui/import/ProblemList';
import { SheetStep } from '../../ui/import/SheetStep';
import { useStepAction } from '../../ui/import/useStepAction';
import { PageHeading } from '../../ui/PageHeading';
import { readAsBase64 } from '../casework/documents/attachForm';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportMapStep } from './ImportMapStep';
import { layoutOf, type Upload } from './importFields';
import './directory.css';
import '../../ui/import/import.css';

type Step =
  | { name: 'choose' }
  | { name: 'sheet'; upload: Upload; preview: ImportPreview }
  | { name: 'map'; upload: Upload; preview: ImportPreview }
  | { name: 'check'; upload: Upload; preview: ImportPreview; remembered: boolean }
  | { name: 'done'; result: ImportResult };

const stepTitles: Record<Step['name'], string> = {
  choose: 'Step 1 of 4: choose the spreadsheet',
  sheet: 'Step 2 of 4: choose the sheet and the heading row',
  map: 'Step 3 of 4: match the columns',
  check: 'Step 4 of 4: check and import',
  done: 'Import finished',
};

/**
 * /directory/import: the school's existing list, from XLSX or CSV, through the shared import steps. The file
 * is only read until the worker confirms; then every row is written in one go, or none. A layout imported
 * before is recognised and goes straight to the check.
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

  const preview = (upload: Upload, layout: Partial<ReturnType<typeof layoutOf>>) =>
    call('directory.importPreview', { ...upload, ...layout });

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
        <ChooseFile
          onRead={(upload, read) =>
            setStep(
              read.remembered
                ? { name: 'check', upload, preview: read, remembered: true }
                : { name: 'sheet', upload, preview: read },
            )
          }
        />
      )}
      {step.name === 'sheet' && (
        <SheetStep
          key={step.preview.layout.sheet}
          view={step.preview}
          onSheet={async (sheet) => setStep({ ...step, preview: await preview(step.upload, { sheet }) })}
          onNext={async (sheet, headerRow) =>
            setStep({
              name: 'map',
              upload: step.upload,
              preview: await preview(step.upload, { sheet, headerRow }),
            })
          }
          onBack={() => setStep({ name: 'choose' })}
        />
      )}
      {step.name === 'map' && (
        <ImportMapStep
          upload={step.upload}
          preview={step.preview}
          onBack={() => setStep({ name: 'sheet', upload: step.upload, preview: step.preview })}
          onNext={(read) => setStep({ name: 'check', upload: step.upload, preview: read, remembered: false })}
        />
      )}
      {step.name === 'check' && (
        <ImportCheckStep
          upload={step.upload}
          preview={step.preview}
          remembered={step.remembered}
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
        Choose the list as it is, saved as Excel (.xlsx) or CSV: you will choose the sheet, the row with the
        headings and the columns next. Nothing is added to the directory until you have checked what will be
        imported.
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
          <ProblemList problems={result.problems} />
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
