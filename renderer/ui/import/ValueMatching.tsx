import { foldValue, KEEP_AS_NOTE } from '../../../shared/imports';
import type { ImportFieldSpec } from './fields';

interface ValueMatchingProps<F extends string> {
  field: ImportFieldSpec<F> & { choices: Record<string, string> };
  values: { value: string; rows: number; choice: string }[];
  onChoose: (foldedValue: string, choice: string) => void;
}

/**
 * The file's own words for a choice field ("Govan and Ibrox", "Ring the office"), each matched to one of
 * the app's choices; what fits none is kept in the notes rather than refusing the row.
 */
export function ValueMatching<F extends string>({ field, values, onChoose }: ValueMatchingProps<F>) {
  const captionId = `values-${field.key}-caption`;
  return (
    <div className="table-scroll">
      <table className="table import-values" aria-labelledby={captionId}>
        <caption id={captionId}>
          Values under “{field.label}”
          {field.whenNote && <span className="field-hint"> Kept as a note: {field.whenNote}.</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">In the spreadsheet</th>
            <th scope="col">Rows</th>
            <th scope="col">In Linkbook</th>
          </tr>
        </thead>
        <tbody>
          {values.map((each, at) => {
            const id = `value-${field.key}-${at}`;
            return (
              <tr key={each.value}>
                <th scope="row">
                  <label htmlFor={id}>{each.value}</label>
                </th>
                <td>{each.rows}</td>
                <td>
                  <select
                    id={id}
                    className="input select"
                    value={each.choice}
                    onChange={(event) => onChoose(foldValue(each.value), event.target.value)}
                  >
                    {Object.entries(field.choices).map(([key, label]) => (
                      <option key={key} value={key}>
                        {label}
                      </option>
                    ))}
                    <option value={KEEP_AS_NOTE}>Keep as a note</option>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
