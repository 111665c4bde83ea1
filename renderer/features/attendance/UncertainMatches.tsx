import { isoToUk } from '../../../shared/dates';
import type { UncertainMatch } from '../../../shared/attendance';
import { RadioGroupField } from '../../ui/RadioGroupField';

/** What the worker answered for each uncertain pupil, by row: a child's id, or SKIP. */
export type Answers = Record<number, string>;
export const SKIP = 'skip';

interface UncertainMatchesProps {
  matches: UncertainMatch[];
  answers: Answers;
  onAnswer: (row: number, answer: string) => void;
  /** Rows still needing an answer, once the worker has tried to import. */
  missing: number[];
}

/**
 * Pupils who may be a child on the caseload: the file's name and date of birth beside each candidate's, so
 * the worker can tell, and "not one of these" to leave the pupil out.
 */
export function UncertainMatches({ matches, answers, onAnswer, missing }: UncertainMatchesProps) {
  return (
    <section aria-labelledby="attendance-uncertain">
      <h3 id="attendance-uncertain">Pupils to confirm ({matches.length})</h3>
      {matches.length === 0 ? (
        <p>Every pupil on the caseload was matched with no doubt.</p>
      ) : (
        <>
          <p>
            Say which child each of these pupils is, or leave them out. Nothing about them is kept otherwise.
          </p>
          {matches.map((match) => (
            <RadioGroupField
              key={match.row}
              name={`confirm.${match.row}`}
              legend={`Row ${match.row}: ${match.fileName}${match.fileDateOfBirth ? `, born ${isoToUk(match.fileDateOfBirth)}` : ''}`}
              hint={match.reason}
              options={[
                ...match.candidates.map((candidate) => ({
                  value: candidate.childId,
                  label: `${candidate.name}, born ${isoToUk(candidate.dateOfBirth)} (family: ${candidate.familyName})`,
                })),
                { value: SKIP, label: 'None of these: leave this pupil out' },
              ]}
              value={answers[match.row] ?? ''}
              onChange={(value) => onAnswer(match.row, value)}
              error={
                missing.includes(match.row)
                  ? 'Choose which child this is, or leave the pupil out.'
                  : undefined
              }
            />
          ))}
        </>
      )}
    </section>
  );
}
