import { useState } from 'react';
import type { ImportField, ImportPreview } from '../../../shared/directory';
import { foldValue } from '../../../shared/imports';
import { call } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { MappingTable } from '../../ui/import/MappingTable';
import { useStepAction } from '../../ui/import/useStepAction';
import { ValueMatching } from '../../ui/import/ValueMatching';
import type { Upload } from '../../ui/import/ChooseFile';
import { directoryImportFields, layoutOf } from './importFields';

interface ImportMapStepProps {
  upload: Upload;
  preview: ImportPreview;
  onBack: () => void;
  onNext: (preview: ImportPreview) => void;
}

/** Step 3: columns (with samples, or one value for every row) and the file's words for each choice. */
export function ImportMapStep({ upload, preview: first, onBack, onNext }: ImportMapStepProps) {
  const [preview, setPreview] = useState(first);
  const [layout, setLayout] = useState(() => layoutOf(first));
  const read = (changed: typeof layout) => call('directory.importPreview', { ...upload, ...changed });
  const next = useStepAction(
    () =>
      layout.mapping.name === null && !layout.fixed.name
        ? 'Choose the column that holds the service name.'
        : null,
    async () => onNext(await read(layout)),
  );

  const onColumn = (field: ImportField, index: number | null) => {
    const changed = { ...layout, mapping: { ...layout.mapping, [field]: index } };
    setLayout(changed);
    // A choice field's values are listed from its column, so a new column is read for them.
    if (directoryImportFields.some((each) => each.key === field && each.choices))
      void read(changed).then(setPreview, () => undefined);
  };
  const onChoose = (field: ImportField, folded: string, choice: string) => {
    const values = { ...layout.values, [field]: { ...layout.values[field], [folded]: choice } };
    setLayout({ ...layout, values });
    setPreview({
      ...preview,
      choiceValues: {
        ...preview.choiceValues,
        [field]: preview.choiceValues[field]?.map((each) =>
          foldValue(each.value) === folded ? { ...each, choice } : each,
        ),
      },
    });
  };

  return (
    <form className="form" noValidate onSubmit={next.onSubmit}>
      <p>
        “{upload.fileName}”, sheet “{layout.sheet}”:{' '}
        {preview.rowCount === 1 ? '1 row' : `${preview.rowCount} rows`} below the headings in row{' '}
        {layout.headerRow}. Say which column holds each detail; columns with familiar headings are matched
        already.
      </p>
      <ErrorSummary problems={next.problem ? [{ name: 'name', message: next.problem }] : []} message={null} />
      <MappingTable
        fields={directoryImportFields}
        columns={preview.columns}
        mapping={layout.mapping}
        invalid={next.problem ? 'name' : null}
        onColumn={onColumn}
        fixed={{
          values: layout.fixed,
          onFixed: (field, value) => setLayout({ ...layout, fixed: { ...layout.fixed, [field]: value } }),
        }}
      />
      {directoryImportFields.map((field) => {
        const values = preview.choiceValues[field.key];
        if (!field.choices || !values || layout.mapping[field.key] === null) return null;
        return (
          <ValueMatching
            key={field.key}
            field={{ ...field, choices: field.choices }}
            values={values}
            onChoose={(folded, choice) => onChoose(field.key, folded, choice)}
          />
        );
      })}
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={next.busy || undefined}>
          {next.busy ? 'Reading…' : 'Show what will be imported'}
        </Button>
        <Button onClick={onBack}>Change the sheet or heading row</Button>
      </div>
    </form>
  );
}
