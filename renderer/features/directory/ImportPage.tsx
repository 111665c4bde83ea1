import { Link } from 'react-router';
import { MAX_IMPORT_BYTES, type ImportPreview, type ImportResult } from '../../../shared/directory';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { ProblemList } from '../../ui/import/ProblemList';
import { ImportCheckStep } from './ImportCheckStep';
import { ImportMapStep } from './ImportMapStep';
import './directory.css';

/**
 * /directory/import: the school's existing list, from XLSX or CSV, through the shared import steps. Every
 * row is written in one go, or none. A layout imported before is recognised and goes straight to the check.
 */
export function ImportPage() {
  return (
    <ImportWizard<ImportPreview, ImportResult>
      title="Import services from a spreadsheet"
      back={{ to: '/directory', label: 'Back to the directory' }}
      intro={
        <p>
          Choose the list as it is, saved as Excel (.xlsx) or CSV: you will choose the sheet, the row with the
          headings and the columns next. Nothing is added to the directory until you have checked what will be
          imported.
        </p>
      }
      maxBytes={MAX_IMPORT_BYTES}
      read={(upload, choice) => call('directory.importPreview', { ...upload, ...choice })}
      sheetView={(preview) => preview}
      ready={(preview) => preview.remembered}
      mapTitle="match the columns"
      map={(step) => <ImportMapStep {...step} />}
      check={(step) => <ImportCheckStep {...step} />}
      report={(step) => <Finished {...step} />}
    />
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
