import { format } from 'date-fns';
import { isoToDisplay } from '../../../shared/dates';

/** A stored timestamp (UTC) as the day it was on this laptop's clock, the way lists show dates. */
export function dayOf(timestamp: string): string {
  return isoToDisplay(format(new Date(timestamp), 'yyyy-MM-dd'));
}
