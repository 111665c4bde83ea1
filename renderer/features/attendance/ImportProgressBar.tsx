import type { AttendanceImportProgress } from '../../../shared/attendance';

const stageWords: Record<AttendanceImportProgress['stage'], string> = {
  idle: 'Starting',
  reading: 'Reading the file',
  matching: 'Matching pupils',
  saving: 'Saving the figures',
};

/** The running import, from the server's own count; the page stays usable meanwhile. */
export function ImportProgressBar({ progress }: { progress: AttendanceImportProgress | undefined }) {
  const stage = progress?.stage ?? 'idle';
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  return (
    <div className="import-progress">
      <label htmlFor="attendance-progress">
        {stageWords[stage]}
        {total > 0 && `: ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`}
      </label>
      {/* Without a total yet the bar is indeterminate rather than stuck at nought. */}
      <progress id="attendance-progress" max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}
