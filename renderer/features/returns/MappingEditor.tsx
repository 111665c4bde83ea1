import { useState } from 'react';
import { valueTags, type CellBinding, type TemplateInfo } from '../../../shared/returns';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useSaveMapping } from './queries';

const figureOptions = valueTags.map((one) => ({ value: one.tag, label: `${one.tag}: ${one.meaning}` }));

/** For an Excel template the worker cannot edit: each cell given a figure on screen, kept with the template. */
export function MappingEditor({ template }: { template: TemplateInfo }) {
  const save = useSaveMapping();
  const [rows, setRows] = useState<CellBinding[]>(template.mapping);
  const [saved, setSaved] = useState('');
  const change = (index: number, patch: Partial<CellBinding>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const fieldError = (index: number, field: string) =>
    save.error && 'error' in save.error
      ? (save.error as { error: { fields?: Record<string, string> } }).error.fields?.[
          `mapping.${index}.${field}`
        ]
      : undefined;

  return (
    <div className="returns-mapping-editor">
      <h4>Cells given figures on screen</h4>
      {rows.length === 0 && <p className="muted">No cells yet.</p>}
      {rows.map((row, index) => (
        <div className="returns-mapping" key={index}>
          <SelectField
            name={`mapping-${template.id}-${index}-sheet`}
            label="Sheet"
            options={template.sheets}
            value={row.sheet}
            onChange={(event) => change(index, { sheet: event.target.value })}
            error={fieldError(index, 'sheet')}
          />
          <TextField
            name={`mapping-${template.id}-${index}-cell`}
            label="Cell"
            width="short"
            value={row.cell}
            onChange={(event) => change(index, { cell: event.target.value.toUpperCase() })}
            error={fieldError(index, 'cell')}
          />
          <SelectField
            name={`mapping-${template.id}-${index}-tag`}
            label="Figure"
            options={figureOptions}
            value={row.tag}
            onChange={(event) => change(index, { tag: event.target.value })}
          />
          <Button onClick={() => setRows(rows.filter((_, at) => at !== index))}>
            Remove cell {row.cell}
          </Button>
        </div>
      ))}
      {save.isError && (
        <p className="field-error" role="alert">
          {save.error.message}
        </p>
      )}
      <div className="form-actions">
        <Button
          onClick={() =>
            setRows([...rows, { sheet: template.sheets[0] ?? '', cell: '', tag: 'families_supported' }])
          }
        >
          Add a cell
        </Button>
        <Button
          variant="primary"
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              { templateId: template.id, mapping: rows },
              { onSuccess: () => setSaved(`Saved ${rows.length} cells.`) },
            )
          }
        >
          Save cells
        </Button>
        <p role="status" className="form-saved">
          {saved}
        </p>
      </div>
    </div>
  );
}
