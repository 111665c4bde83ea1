import type { CopyProgress } from '../../../shared/vault';
import { sizeInWords } from '../casework/documents/attachForm';
import './vault.css';

function stageWords(progress: CopyProgress | undefined): string {
  switch (progress?.stage) {
    case 'copying':
      return `Copying: ${sizeInWords(progress.done)} of ${sizeInWords(progress.total)}`;
    case 'checking':
      return 'Checking the copy, reading it back from where it was written…';
    default:
      return 'Getting your records ready to copy…';
  }
}

/** A copy to a USB stick can take minutes: the worker sees it move, and what it is doing. */
export function CopyProgressBar({ progress }: { progress: CopyProgress | undefined }) {
  const copying = progress?.stage === 'copying' || progress?.stage === 'checking';
  return (
    <div className="copy-progress">
      <progress
        aria-label="Copy progress"
        max={copying ? progress.total : undefined}
        value={copying ? progress.done : undefined}
      />
      <p role="status">{stageWords(progress)}</p>
    </div>
  );
}
