import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { FieldError, FieldHint } from '../../ui/FieldMessages';
import { PageHeading } from '../../ui/PageHeading';
import { saveDownload } from '../directory/queries';
import { useCombineReturns } from './queries';
import './returns.css';

/** /returns/combine: the authority's side, several schools' .json returns into one workbook. */
export function CombinePage() {
  const combine = useCombineReturns();
  const [files, setFiles] = useState<File[]>([]);
  const [suppress, setSuppress] = useState(true);
  const [done, setDone] = useState('');

  const run = async () => {
    setDone('');
    const read = await Promise.all(
      files.map(async (file) => ({ fileName: file.name, text: await file.text() })),
    );
    const result = await combine.mutateAsync({ files: read, suppressSmallNumbers: suppress });
    saveDownload(
      result.fileName,
      result.dataBase64,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    setDone(`Saved ${result.fileName}.`);
  };

  return (
    <div className="page">
      <p>
        <Link to="/returns">Back to Returns</Link>
      </p>
      <PageHeading>Combine schools’ returns</PageHeading>
      <section className="card" aria-labelledby="combine-files">
        <h2 id="combine-files">Returns to combine</h2>
        <div className="field">
          <label htmlFor="combine-input">Schools’ return files</label>
          <FieldHint id="combine-hint">
            The .json files each school saved from Returns. Choose two or more.
          </FieldHint>
          <input
            id="combine-input"
            type="file"
            className="file-input"
            accept=".json,application/json"
            multiple
            aria-describedby="combine-hint"
            onChange={(event) => setFiles([...(event.target.files ?? [])])}
          />
          <FieldError id="combine-error" message={combine.error?.message} />
        </div>
        <CheckboxField
          name="combineSuppress"
          label="Hide small numbers in each school’s column and in exact totals"
          checked={suppress}
          onChange={(event) => setSuppress(event.target.checked)}
        />
        <div className="form-actions">
          <Button
            variant="primary"
            disabled={files.length < 2 || combine.isPending}
            onClick={() => void run().catch(() => {})}
          >
            Combine into one workbook
          </Button>
          <p role="status" className="form-saved">
            {done}
          </p>
        </div>
      </section>
    </div>
  );
}
