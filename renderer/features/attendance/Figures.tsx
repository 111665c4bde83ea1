import type { ReactNode } from 'react';

/** A row of headline figures, each a label over its number, as a description list. */
export function Figures({ children }: { children: ReactNode }) {
  return <dl className="figure-cards">{children}</dl>;
}

export function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
