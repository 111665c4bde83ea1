import type { ReactNode } from 'react';
import { Button } from './Button';

interface PrintToolbarProps {
  /** The ways back from the printed document. */
  children: ReactNode;
  /** What to say beside the buttons, when it is more than how printing leaves them out. */
  note?: ReactNode;
}

/** Above a printed document, on screen only: Print, the ways back, and a word on saving a copy. */
export function PrintToolbar({ children, note }: PrintToolbarProps) {
  return (
    <div className="print-toolbar no-print">
      <Button variant="primary" onClick={() => window.print()} title="Print (Ctrl+P)">
        Print
      </Button>
      {children}
      {note ?? (
        <p className="muted">Printed pages leave out these buttons. Choose “Save as PDF” to keep a copy.</p>
      )}
    </div>
  );
}
