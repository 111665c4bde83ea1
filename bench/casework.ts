import { addCases, addOtherReferrals } from './cases';
import { caseworkFamilies } from './casework-family';
import {
  addChronologyCasework,
  CHRONOLOGY_ENTRIES,
  chronologyFamily,
  entriesBesideContacts,
} from './chronology-family';
import { addConcerns } from './concerns';
import { addContacts, contactCounts, CONTACTS_PER_FAMILY } from './contacts';
import type { Dataset } from './dataset';
import { Random } from './random';

/** Fewer, and the family with the long chronology would take nearly every contact there is. */
export const MIN_FAMILIES = 100;

/**
 * Referrals, cases, contacts and concerns for the families already in `data`. They draw from a stream of
 * their own, so the families, carers and children are the same as a run without casework would make.
 */
export function addCasework(seed: number, data: Dataset): void {
  const random = new Random(seed ^ 0x5bd1e995);
  const families = caseworkFamilies(random, data);
  const showcase = chronologyFamily(families);
  const others = families.filter((family) => family !== showcase);
  data.chronologyFamilyId = showcase.id;
  addChronologyCasework(random, data, showcase);
  const withCases = addCases(random, data, others);
  addOtherReferrals(random, data, others);
  addConcerns(random, data, others, withCases);

  // Contacts come last: the showcase family's make its chronology up to exactly CHRONOLOGY_ENTRIES.
  const showcaseContacts = CHRONOLOGY_ENTRIES - entriesBesideContacts(data, showcase.id);
  const othersContacts = families.length * CONTACTS_PER_FAMILY - showcaseContacts;
  addContacts(random, data, showcase, showcaseContacts);
  contactCounts(random, others, othersContacts).forEach((count, i) =>
    addContacts(random, data, others[i]!, count),
  );
  inTimeOrder(data);
}

// Plain comparison, not localeCompare: ISO timestamps sort as strings, and it is far quicker on 250,000 rows.
const earlier = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: { createdAt: string }, b: { createdAt: string }) => earlier(a.createdAt, b.createdAt);

/**
 * A real vault's rows went in over the years, day by day and family by family mixed together; in that
 * order, one family's contacts are spread over the file as they would be, not packed side by side.
 */
function inTimeOrder(data: Dataset): void {
  for (const rows of [
    data.referrals,
    data.cases,
    data.caseEvents,
    data.contacts,
    data.concerns,
    data.concernAddenda,
  ])
    rows.sort(byTime);
  const position = new Map(data.contacts.map((contact, i) => [contact.id, i]));
  data.contactChildren.sort((a, b) => position.get(a.contactId)! - position.get(b.contactId)!);
  data.audit.sort((a, b) => earlier(a.at, b.at));
}
