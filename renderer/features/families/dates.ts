import { format } from 'date-fns';
import { isoToDisplay } from '../../../shared/dates';

/** A stored timestamp (UTC) as the day it was on this laptop's clock, the way lists show dates. */
export function dayOf(timestamp: string): string {
  return isoToDisplay(format(new Date(timestamp), 'yyyy-MM-dd'));
}

/** A local "YYYY-MM-DDTHH:mm" as lists show it: "Tue 4 Nov 2025, 14:30". */
export function dateTimeDisplay(localDateTime: string): string {
  const [date = '', time = ''] = localDateTime.split('T');
  return time ? `${isoToDisplay(date)}, ${time}` : isoToDisplay(date);
}

/** A stored timestamp (UTC) as the day and minute it was on this laptop's clock. */
export function momentOf(timestamp: string): string {
  return dateTimeDisplay(format(new Date(timestamp), "yyyy-MM-dd'T'HH:mm"));
}

/** Today on this laptop's clock, as the forms hold dates (ISO). */
export function todayIso(now = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}
