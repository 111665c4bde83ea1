import { useState, type FormEvent } from 'react';

/**
 * An import step's one action, run from its form: what stops it (a check first, or the server's reason) is
 * said beside the field, and the button says it is busy meanwhile.
 */
export function useStepAction(problemFirst: () => string | null, act: () => Promise<void>) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    const stop = problemFirst();
    setProblem(stop);
    if (stop) return;
    setBusy(true);
    try {
      await act();
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return { problem, busy, onSubmit };
}
