import type { ImportProblem } from '../../../shared/imports';

/** The rows that could not be read, by the spreadsheet's own row numbers, each with its reason. */
export function ProblemList({ problems }: { problems: ImportProblem[] }) {
  return (
    <ul className="import-problems">
      {problems.map((each) => (
        <li key={each.row}>
          Row {each.row}: {each.reason}
        </li>
      ))}
    </ul>
  );
}
