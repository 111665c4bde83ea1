import { useState } from 'react';
import type { ImportSheetView } from '../../../shared/imports';
import { Button } from '../Button';
import { ErrorSummary } from '../ErrorSummary';
import { useStepAction } from './useStepAction';

/** Rows shown below the chosen headings: enough to see the data starts there, not the whole sheet. */
const SHOWN_BELOW_HEADINGS = 3;

interface SheetStepProps {
  view: ImportSheetView<string>;
  /** Another sheet chosen: its rows are read, and the heading row guessed again. */
  onSheet: (sheet: string) => Promise<void>;
  onNext: (sheet: string, headerRow: number) => Promise<void>;
  onBack: () => void;
}

/**
 * Which sheet, and which row holds the column headings: both guessed first (a notes sheet or a title above
 * the table is passed over), each row shown by its first cells so the worker can see what they are choosing.
 */
export function SheetStep({ view, onSheet, onNext, onBack }: SheetStepProps) {
  const [headerRow, setHeaderRow] = useState(view.layout.headerRow);
  const [switching, setSwitching] = useState(false);
  const [sheetProblem, setSheetProblem] = useState<string | null>(null);
  const next = useStepAction(
    () => null,
    () => onNext(view.layout.sheet, headerRow),
  );
  const chooseSheet = async (sheet: string) => {
    setSwitching(true);
    setSheetProblem(null);
    try {
      await onSheet(sheet);
    } catch (error) {
      setSheetProblem((error as Error).message);
    } finally {
      setSwitching(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={next.onSubmit}>
      <ErrorSummary
        problems={[
          ...(sheetProblem ? [{ name: 'sheet', message: sheetProblem }] : []),
          ...(next.problem ? [{ name: 'headerRow', message: next.problem }] : []),
        ]}
        message={null}
      />
      {view.sheetNames.length > 1 && (
        <div className="field">
          <label htmlFor="field-sheet">Sheet</label>
          <p id="field-sheet-hint" className="field-hint">
            This file has {view.sheetNames.length} sheets. The first that looks like a table is chosen.
          </p>
          <select
            id="field-sheet"
            className="input select"
            aria-describedby="field-sheet-hint"
            value={view.layout.sheet}
            disabled={switching}
            onChange={(event) => void chooseSheet(event.target.value)}
          >
            {view.sheetNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="field-headerRow">Row with the column headings</label>
        <p id="field-headerRow-hint" className="field-hint">
          Titles and dates above the table are left out. Each row is shown by its first few cells.
        </p>
        <select
          id="field-headerRow"
          className="input select import-header-row"
          aria-describedby="field-headerRow-hint"
          aria-invalid={next.problem ? true : undefined}
          value={headerRow}
          onChange={(event) => setHeaderRow(Number(event.target.value))}
        >
          {view.topRows.map((row) => (
            <option key={row.row} value={row.row}>
              Row {row.row}: {row.text}
            </option>
          ))}
        </select>
      </div>
      <div className="table-scroll">
        <table className="table import-top-rows">
          <caption>The first rows of the sheet</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Its first few cells</th>
            </tr>
          </thead>
          <tbody>
            {view.topRows.slice(0, Math.max(headerRow + SHOWN_BELOW_HEADINGS, 6)).map((row) => (
              <tr key={row.row} className={row.row === headerRow ? 'import-top-rows--chosen' : undefined}>
                <th scope="row">{row.row}</th>
                <td>
                  {row.text}
                  {row.row === headerRow && <strong> · the column headings</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={next.busy || switching || undefined}>
          {next.busy ? 'Reading…' : 'Next: match the columns'}
        </Button>
        <Button onClick={onBack}>Choose another file</Button>
      </div>
    </form>
  );
}
