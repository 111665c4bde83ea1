import { useState, type ReactNode } from 'react';
import { readAsBase64 } from '../readAsBase64';
import { Button } from '../Button';
import { useStepAction } from './useStepAction';

/** A spreadsheet as every import sends it. */
export interface Upload {
  fileName: string;
  dataBase64: string;
}

/** "20 MB" from a byte limit, as the file field's hint and its error say it. */
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

interface ChooseFileProps<Preview> {
  intro: ReactNode;
  maxBytes: number;
  read: (upload: Upload) => Promise<Preview>;
  onRead: (upload: Upload, preview: Preview) => void;
}

/** Step 1: the file, checked for its type and size here so a wrong one is not sent at all. */
export function ChooseFile<Preview>({ intro, maxBytes, read, onRead }: ChooseFileProps<Preview>) {
  const [file, setFile] = useState<File | null>(null);
  const action = useStepAction(
    () =>
      !file
        ? 'Choose a spreadsheet to import.'
        : !/\.(xlsx|csv)$/i.test(file.name)
          ? 'Choose a spreadsheet saved as .xlsx or .csv.'
          : file.size > maxBytes
            ? `The spreadsheet can be at most ${megabytes(maxBytes)}.`
            : null,
    async () => {
      const chosen = file as File;
      const upload = { fileName: chosen.name, dataBase64: await readAsBase64(chosen) };
      onRead(upload, await read(upload));
    },
  );
  const { problem } = action;

  return (
    <form className="form" noValidate onSubmit={action.onSubmit}>
      {intro}
      <div className="field">
        <label htmlFor="import-file">Spreadsheet</label>
        <p id="import-file-hint" className="field-hint">
          An .xlsx or .csv file, up to {megabytes(maxBytes)}. Dates as DD/MM/YYYY.
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
        <Button type="submit" variant="primary" aria-disabled={action.busy || undefined}>
          {action.busy ? 'Reading…' : 'Read the spreadsheet'}
        </Button>
      </div>
    </form>
  );
}
