import { useCallback, useEffect, useState } from 'react';

/** Whole seconds left of a wait, ticking down to 0; `total` is the wait as it was when it started. */
export function useCountdown(initialSeconds: number) {
  const [wait, setWait] = useState({ total: initialSeconds, remaining: initialSeconds });

  useEffect(() => {
    if (wait.remaining <= 0) return undefined;
    const timer = setTimeout(() => setWait((now) => ({ ...now, remaining: now.remaining - 1 })), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const start = useCallback((seconds: number) => setWait({ total: seconds, remaining: seconds }), []);
  return { ...wait, start };
}
