import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A screen's h1. It takes focus when the screen opens, so a screen reader announces where the worker has
 * arrived and the next Tab starts from the top of the new screen rather than from the old link.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
