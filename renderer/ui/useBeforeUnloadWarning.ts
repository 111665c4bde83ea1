import { useEffect } from 'react';

/** Asks the browser to confirm before the page is closed or reloaded while something would be lost. */
export function useBeforeUnloadWarning(when: boolean): void {
  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
}
