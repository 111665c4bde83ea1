import { isoToDisplay } from '../../../shared/dates';
import type { Service } from '../../../shared/directory';

/** "Checked Tue 4 Nov 2025", or that it never was. */
export const checkedText = (lastCheckedOn: string | null) =>
  lastCheckedOn ? isoToDisplay(lastCheckedOn) : 'Never checked';

/** The name a list shows: the service, and who runs it when that adds something. */
export const serviceTitle = (service: Pick<Service, 'name' | 'organisation'>) =>
  service.organisation && service.organisation !== service.name
    ? `${service.name} (${service.organisation})`
    : service.name;
