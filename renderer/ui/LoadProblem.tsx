import { Button } from './Button';

interface LoadProblemProps {
  what: string;
  error: Error;
  onRetry: () => void;
}

/** A read that failed: what could not be shown, the server's reason, and a way to try again. */
export function LoadProblem({ what, error, onRetry }: LoadProblemProps) {
  return (
    <div className="load-problem" role="alert">
      <p>
        <strong>Linkbook could not show {what}.</strong> {error.message}
      </p>
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}
