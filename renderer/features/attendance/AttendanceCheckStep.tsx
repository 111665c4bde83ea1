import { useState } from 'react';
import type { AttendancePreview, AttendanceReport } from '../../../shared/attendance';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Figure, Figures } from './Figures';
import type { Upload } from '../../ui/import/ChooseFile';
import { ProblemList } from '../../ui/import/ProblemList';
import { noProblem, problemOf, type StepProblem } from './importStep';
import { ImportProgressBar } from './ImportProgressBar';
import { periodText } from './periods';
import { useCommitAttendance, useImportProgress } from './queries';
import { SKIP, UncertainMatches, type Answers } from './UncertainMatches';

interface AttendanceCheckStepProps {
  upload: Upload;
  preview: AttendancePreview;
  /** The layout was recognised from an earlier import, so the worker came straight here. */
  remembered: boolean;
  onBack: () => void;
  onDone: (report: AttendanceReport) => void;
}

/** Step 4: what the file will do, the pupils to confirm, what cannot be read; then the import itself. */
export function AttendanceCheckStep({
  upload,
  preview,
  remembered,
  onBack,
  onDone,
}: AttendanceCheckStepProps) {
  // The wizard comes here only with a check: from the mapping once it will do, or a remembered layout.
  const check = preview.check!;
  const commit = useCommitAttendance();
  const progress = useImportProgress(commit.isPending);
  const [answers, setAnswers] = useState<Answers>({});
  const [skipUnreadable, setSkipUnreadable] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<StepProblem>(noProblem);
  const missing = tried
    ? check.uncertain.filter((match) => !answers[match.row]).map((match) => match.row)
    : [];
  const unreadable = check.problems.length;
  const needsAgreement = tried && unreadable > 0 && !skipUnreadable;

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setProblem(noProblem);
    const unanswered = check.uncertain.some((match) => !answers[match.row]);
    if (unanswered || (unreadable > 0 && !skipUnreadable) || commit.isPending) return;
    const { sheet, headerRow, mapping } = preview.sheet.layout;
    try {
      onDone(
        await commit.mutateAsync({
          ...upload,
          sheet,
          headerRow,
          shape: preview.shape,
          mapping,
          period: check.period,
          confirmations: check.uncertain.map((match) => ({
            row: match.row,
            childId: answers[match.row] === SKIP ? null : (answers[match.row] ?? null),
          })),
          skipUnreadable,
        }),
      );
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  const summary = [
    ...missing.map((row) => ({
      name: `confirm.${row}`,
      message: `Row ${row}: choose which child this is, or leave the pupil out.`,
    })),
    ...(needsAgreement
      ? [
          {
            name: 'skipUnreadable',
            message: 'Agree to leave out the rows that cannot be read, or correct the spreadsheet first.',
          },
        ]
      : []),
    ...Object.entries(problem.fields).map(([name, message]) => ({ name, message })),
  ];

  return (
    <form className="form import-check" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary problems={summary} message={problem.message} />
      {remembered && preview.sheet.remembered && (
        <p className="notice">
          <strong>Set up as last time.</strong> This export is laid out like one you imported before, so its
          sheet, heading row, shape and columns are as you set them then.
        </p>
      )}
      <p>
        The file covers <strong>{periodText(check.period)}</strong>.
      </p>
      <Figures>
        <Figure label="Pupils in the file" value={check.pupils} />
        <Figure label="Matched to children on the caseload" value={check.matched} />
        <Figure label="To confirm" value={check.uncertain.length} />
        <Figure label="Not on the caseload (counted only)" value={check.notOnCaseload} />
        {check.marks > 0 && (
          <Figure label="Register marks read" value={check.marks.toLocaleString('en-GB')} />
        )}
      </Figures>
      {check.replacing.children > 0 && (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>
              This import replaces figures already held for{' '}
              {check.replacing.children === 1 ? '1 child' : `${check.replacing.children} children`}
            </strong>{' '}
            over {check.replacing.ranges.map(periodText).join('; ')}, so nothing is counted twice.
          </p>
        </div>
      )}
      <UncertainMatches
        matches={check.uncertain}
        answers={answers}
        onAnswer={(row, answer) => setAnswers({ ...answers, [row]: answer })}
        missing={missing}
      />
      <section aria-labelledby="attendance-problems">
        <h3 id="attendance-problems">Rows that cannot be read ({unreadable})</h3>
        {unreadable === 0 ? (
          <p>Every row can be read.</p>
        ) : (
          <>
            <ProblemList problems={check.problems} />
            <CheckboxField
              name="skipUnreadable"
              label={`Leave out ${unreadable === 1 ? 'this row' : `these ${unreadable} rows`} and import the rest`}
              hint="Or correct the spreadsheet and choose it again."
              checked={skipUnreadable}
              error={
                needsAgreement ? 'Agree to leave these rows out, or correct the spreadsheet.' : undefined
              }
              onChange={(event) => setSkipUnreadable(event.target.checked)}
            />
          </>
        )}
      </section>
      <section aria-labelledby="attendance-codes">
        <h3 id="attendance-codes">Codes that are not register codes ({check.unknownCodes.length})</h3>
        {check.unknownCodes.length === 0 ? (
          <p>Every mark is one of England’s register codes.</p>
        ) : (
          <>
            <p>
              A mark is never guessed: the rows holding these are listed above, as rows that cannot be read.
              Ask the school office what they mean.
            </p>
            <ul className="import-problems">
              {check.unknownCodes.map((each) => (
                <li key={each.code}>
                  “{each.code}”: {each.marks === 1 ? '1 mark' : `${each.marks} marks`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {commit.isPending && <ImportProgressBar progress={progress.data} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={commit.isPending || undefined}>
          {commit.isPending ? 'Importing…' : 'Import attendance'}
        </Button>
        <Button onClick={onBack} disabled={commit.isPending}>
          Change the columns or dates
        </Button>
      </div>
    </form>
  );
}
