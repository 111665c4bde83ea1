import { chronologyKinds, type ChronologyEntry, type ChronologyKind } from '../../../../shared/casework';
import { knownAs, type Family } from '../../../../shared/families';
import { dateTimeDisplay } from '../../families/dates';

/** What the chronology shows. It lives in the address (?kinds=…&child=…&order=newest) so the print view
 * prints exactly what the tab shows. */
export interface ChronologyView {
  kinds: ChronologyKind[];
  childId: string | null;
  newestFirst: boolean;
}

export const kindLabels: Record<ChronologyKind, string> = {
  contact: 'Contacts',
  referral: 'Referrals',
  decision: 'Decisions on referrals',
  case: 'Case changes',
  concern: 'Safeguarding concerns',
  addendum: 'Additions to concerns',
  signpost: 'Signposts to services',
  plan: 'Action plans',
};

export const kindNames: Record<ChronologyKind, string> = {
  contact: 'Contact',
  referral: 'Referral',
  decision: 'Decision',
  case: 'Case',
  concern: 'Safeguarding concern',
  addendum: 'Addition to a concern',
  signpost: 'Signpost to a service',
  plan: 'Action plan',
};

const isKind = (text: string): text is ChronologyKind =>
  (chronologyKinds as readonly string[]).includes(text);

export function viewFromParams(params: URLSearchParams): ChronologyView {
  const kinds = params.get('kinds');
  return {
    kinds: kinds === null ? [...chronologyKinds] : kinds.split(',').filter(isKind),
    childId: params.get('child') || null,
    newestFirst: params.get('order') === 'newest',
  };
}

export function paramsOf(view: ChronologyView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.kinds.length < chronologyKinds.length) params.set('kinds', view.kinds.join(','));
  if (view.childId) params.set('child', view.childId);
  if (view.newestFirst) params.set('order', 'newest');
  return params;
}

/** The kinds to ask the server for: [] means every kind. */
export const kindsToFetch = (view: ChronologyView): ChronologyKind[] =>
  view.kinds.length === chronologyKinds.length ? [] : view.kinds;

export function ordered(entries: ChronologyEntry[], view: ChronologyView): ChronologyEntry[] {
  return view.newestFirst ? [...entries].reverse() : entries;
}

/** Referrals, decisions, case changes, signposts and plans are recorded by the day; contacts and concerns to the minute. */
const dayOnly: readonly ChronologyKind[] = ['referral', 'decision', 'case', 'signpost', 'plan'];
export function entryWhen(entry: ChronologyEntry): string {
  return dateTimeDisplay(dayOnly.includes(entry.kind) ? entry.at.slice(0, 10) : entry.at);
}

/** The filters in one sentence, for the screen and the printed page. */
export function describeView(view: ChronologyView, family: Family): string {
  const child = family.children.find((each) => each.id === view.childId);
  const what =
    view.kinds.length === chronologyKinds.length
      ? 'All entries'
      : `Only ${view.kinds.map((kind) => kindLabels[kind].toLowerCase()).join(', ')}`;
  const who = child ? `about ${knownAs(child)}` : 'about all the children';
  return `${what}, ${who}; ${view.newestFirst ? 'newest first' : 'oldest first'}.`;
}
