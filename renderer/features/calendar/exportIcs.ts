import type { DateRange } from '../../../shared/calendar';
import { call } from '../../api/client';

/**
 * Asks the vault for the term's events as an .ics file and saves it through the browser's own download
 * (Electron asks where), as Documents saves a copy: from a blob URL let go straight after.
 */
export async function exportTermIcs(term: DateRange, schoolName: string): Promise<string> {
  const title = `${schoolName ? `${schoolName}: ` : ''}${term.name} events for parents`;
  const file = await call('calendar.exportIcs', { from: term.startsOn, to: term.endsOn, title });
  const url = URL.createObjectURL(new Blob([file.content], { type: 'text/calendar' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return file.fileName;
}
