import { useId } from 'react';
import { fieldId } from './fieldIds';

export interface FieldProblem {
  name: string;
  message: string;
}

interface ErrorSummaryProps {
  problems: FieldProblem[];
  /** A problem that belongs to no one field, such as "Linkbook is locked". */
  message?: string | null | undefined;
}

/**
 * The list of what to fix, at the top of a form, each item a link to its field. It is announced when it
 * appears; the screen itself stays on the first field to fix, which takes the focus.
 */
export function ErrorSummary({ problems, message }: ErrorSummaryProps) {
  const titleId = useId();
  if (problems.length === 0 && !message) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {problems.length === 0
          ? 'This was not saved'
          : problems.length === 1
            ? 'There is 1 thing to fix before saving'
            : `There are ${problems.length} things to fix before saving`}
      </h2>
      {message && <p>{message}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem.name}>
              <a
                href={`#${fieldId(problem.name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(problem.name))?.focus();
                }}
              >
                {problem.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
