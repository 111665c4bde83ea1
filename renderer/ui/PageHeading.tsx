import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen opens, so a screen reader announces where the worker has
 * arrived and the next Tab starts from the top of the new screen rather than from the old link. The window
 * goes back to the top too: a form opened from half-way down a long page must not open half-way down,
 * with its first questions (the date, which child) out of sight.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
