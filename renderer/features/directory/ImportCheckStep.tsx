import { useState } from 'react';
import { isoToDisplay } from '../../../shared/dates';
import {
  duplicateChoices,
  referralRoutes,
  serviceAreas,
  type DuplicateChoice,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/directory';
import { indicators } from '../../../shared/wellbeing';
import { choicesOf } from '../../ui/choices';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ProblemList } from '../../ui/import/ProblemList';
import { useStepAction } from '../../ui/import/useStepAction';
import { RadioGroupField } from '../../ui/RadioGroupField';
import type { Upload } from '../../ui/import/ChooseFile';
import { layoutOf } from './importFields';
import { useImportServices } from './queries';

interface ImportCheckStepProps {
  upload: Upload;
  preview: ImportPreview;
  /** The layout was recognised from an earlier import, so the worker came straight here. */
  remembered: boolean;
  onBack: () => void;
  onDone: (result: ImportResult) => void;
}

export function ImportCheckStep({ upload, preview, remembered, onBack, onDone }: ImportCheckStepProps) {
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
      onDone(await save.mutateAsync({ ...upload, ...layoutOf(preview), duplicates, skipUnreadable })),
  );
  const { problem } = confirm;

  return (
    <form className="form import-check" noValidate onSubmit={confirm.onSubmit}>
      <ErrorSummary problems={problem ? [{ name: 'skipUnreadable', message: problem }] : []} message={null} />
      {remembered && (
        <p className="notice">
          This spreadsheet is laid out like one you imported before, so its sheet, heading row, columns and
          values are matched as you set them last time.
        </p>
      )}
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
              <th scope="col">Notes</th>
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
                <td className="import-notes">{row.notes}</td>
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
            <ProblemList problems={preview.problems} />
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
