import { format } from 'date-fns';
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { PageHeading } from '../../ui/PageHeading';
import { useBeforeUnloadWarning } from '../../ui/useBeforeUnloadWarning';
import './vault.css';

interface RecoveryKeySheetProps {
  recoveryKey: string;
  schoolName: string;
  onDone: () => void;
}

/** The one and only time the recovery key is shown: the server keeps no readable copy of it. */
export function RecoveryKeySheet({ recoveryKey, schoolName, onDone }: RecoveryKeySheetProps) {
  const [kept, setKept] = useState(false);
  const [madeOn] = useState(() => format(new Date(), 'EEE d MMM yyyy'));
  useBeforeUnloadWarning(!kept);

  return (
    <main className="gate">
      <div className="gate-card">
        <div className="no-print">
          <PageHeading>Your recovery key</PageHeading>
          <p>
            If you ever forget your passphrase, this key opens your vault instead. Linkbook shows it only this
            once.
          </p>
          <p>Anyone who has the key can open the vault, so keep it locked away, not with the laptop.</p>
        </div>

        <section className="key-sheet" aria-labelledby="key-sheet-title">
          <p className="print-only key-sheet-confidential">Confidential</p>
          <h2 id="key-sheet-title">Linkbook recovery key</h2>
          <p>
            For {schoolName}. Made on {madeOn}.
          </p>
          <p className="recovery-key">
            {/* Each group unbroken, and a line may only break after a dash, so nothing is misread. */}
            {recoveryKey.split('-').map((group, index, groups) => (
              <span key={index}>
                {group}
                {index < groups.length - 1 && '-'}
              </span>
            ))}
          </p>
          <p className="key-sheet-keep">Keep this somewhere safe, away from the laptop.</p>
        </section>

        <div className="no-print form">
          <div>
            <Button onClick={() => window.print()}>Print the recovery key</Button>
          </div>
          <CheckboxField
            name="keptRecoveryKey"
            label="I have printed or written down my recovery key"
            checked={kept}
            onChange={(event) => setKept(event.target.checked)}
          />
          <div className="form-actions">
            <Button variant="primary" disabled={!kept} onClick={onDone} aria-describedby="continue-hint">
              Continue
            </Button>
            {!kept && (
              <p id="continue-hint" className="field-hint">
                Tick the box above once the key is printed or written down.
              </p>
            )}
          </div>
        </div>
      </div>
    </main>
  );
}
