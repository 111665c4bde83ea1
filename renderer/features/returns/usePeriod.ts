import { useSearchParams } from 'react-router';
import { isRealIsoDate } from '../../../shared/dates';
import type { PeriodChoice } from './queries';

/** The period lives in the address (?from=&to=&name=), so back and forward, and the templates page, keep it. */
export function usePeriod(): [PeriodChoice | null, (period: PeriodChoice) => void, string] {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period =
    isRealIsoDate(from) && isRealIsoDate(to) && from <= to
      ? { from, to, name: params.get('name') ?? '' }
      : null;
  const choose = (next: PeriodChoice) =>
    setParams({ from: next.from, to: next.to, ...(next.name ? { name: next.name } : {}) });
  return [period, choose, params.toString()];
}
