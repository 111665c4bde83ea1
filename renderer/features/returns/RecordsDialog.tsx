import * as Dialog from '@radix-ui/react-dialog';
import { Link } from 'react-router';
import { isoToDisplay } from '../../../shared/dates';
import { Button } from '../../ui/Button';
import { LoadProblem } from '../../ui/LoadProblem';
import '../../ui/formDialog.css';
import { useFigureRecords, type PeriodChoice } from './queries';

interface RecordsDialogProps {
  period: PeriodChoice;
  tag: string;
  title: string;
  onClose: () => void;
  /** Opened by state rather than a Radix trigger, so focus is taken back to the figure by hand. */
  returnFocusTo: HTMLElement;
}

/** The records behind one figure: a count of 7 home visits lists those 7 contacts, each linked to its family. */
export function RecordsDialog({ period, tag, title, onClose, returnFocusTo }: RecordsDialogProps) {
  const records = useFigureRecords(period, tag);
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog--form returns-records"
          aria-describedby={undefined}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.focus();
          }}
        >
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {records.isError ? (
            <LoadProblem what="these records" error={records.error} onRetry={() => void records.refetch()} />
          ) : !records.data ? (
            <p>Loading…</p>
          ) : records.data.length === 0 ? (
            <p className="empty">None in this period.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Family</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {records.data.map((record, index) => (
                  <tr key={index}>
                    <td>{record.on ? isoToDisplay(record.on) : ''}</td>
                    <td>
                      {record.familyId ? (
                        <Link to={`/families/${record.familyId}/chronology`}>{record.familyName}</Link>
                      ) : (
                        record.familyName
                      )}
                    </td>
                    <td>{record.label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <Button>Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
