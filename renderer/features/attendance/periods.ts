import type { Period } from '../../../shared/attendance';
import { isoToUk } from '../../../shared/dates';

export const periodText = (period: Period) => `${isoToUk(period.from)} to ${isoToUk(period.to)}`;
