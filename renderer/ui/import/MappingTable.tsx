import type { ImportColumn } from '../../../shared/imports';
import type { ImportFieldSpec } from './fields';

interface MappingTableProps<F extends string> {
  fields: ImportFieldSpec<F>[];
  columns: ImportColumn[];
  mapping: Record<F, number | null>;
  onColumn: (field: F, index: number | null) => void;
  /** One value for every row where the file has no column; without it, a field is simply not filled. */
  fixed?: { values: Partial<Record<F, string>>; onFixed: (field: F, value: string) => void };
  /** Sentences beside fields the server found wanting, by field key. */
  errors?: Partial<Record<F, string>>;
  /** A field the worker must still fill, marked invalid. */
  invalid?: F | null;
}

/**
 * Which column fills each field, with a few of that column's values beside it so the worker can tell
 * "Organisation" from "Service"; where the file has no such column, one value for every row instead.
 */
export function MappingTable<F extends string>(props: MappingTableProps<F>) {
  const { fields, columns, mapping, fixed, onColumn, invalid, errors } = props;
  return (
    <div className="table-scroll">
      <table className="table import-mapping">
        <caption>Which column holds each detail</caption>
        <thead>
          <tr>
            <th scope="col">Detail</th>
            <th scope="col">Column in the spreadsheet</th>
            <th scope="col">Values in that column</th>
            {fixed && <th scope="col">Or the same for every row</th>}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const index = mapping[field.key];
            const column = index === null ? undefined : columns[index];
            const fixedId = `fixed-${field.key}`;
            const error = errors?.[field.key];
            const errorId = `field-${field.key}-error`;
            return (
              <tr key={field.key}>
                <th scope="row">
                  <label htmlFor={`field-${field.key}`}>{field.label}</label>
                </th>
                <td>
                  <select
                    id={`field-${field.key}`}
                    className="input select"
                    value={index ?? ''}
                    aria-invalid={invalid === field.key || error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(event) =>
                      onColumn(field.key, event.target.value === '' ? null : Number(event.target.value))
                    }
                  >
                    <option value="">Not in this file</option>
                    {columns.map((each) => (
                      <option key={each.index} value={each.index}>
                        {each.heading}
                      </option>
                    ))}
                  </select>
                  {error && (
                    <p id={errorId} className="field-error">
                      {error}
                    </p>
                  )}
                </td>
                <td className="import-samples">{column ? column.samples.join(' · ') || '(empty)' : ''}</td>
                {fixed && (
                  <td>
                    {index === null && (
                      <>
                        <label htmlFor={fixedId} className="visually-hidden">
                          {field.label} for every row
                        </label>
                        {field.choices ? (
                          <select
                            id={fixedId}
                            className="input select"
                            value={fixed.values[field.key] ?? ''}
                            onChange={(event) => fixed.onFixed(field.key, event.target.value)}
                          >
                            <option value="">Leave empty</option>
                            {Object.entries(field.choices).map(([key, label]) => (
                              <option key={key} value={key}>
                                {label}
                              </option>
                            ))}
                          </select>
                        ) : (
                          <input
                            id={fixedId}
                            className="input"
                            value={fixed.values[field.key] ?? ''}
                            onChange={(event) => fixed.onFixed(field.key, event.target.value)}
                          />
                        )}
                      </>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
