import type { contactTypes } from '../shared/casework';
import {
  DAY,
  duringSchoolHours,
  isoDay,
  localDateTime,
  MINUTE,
  NOW,
  schoolDayIn,
  startOfDay,
  timestamp,
} from './calendar';
import { pickCarer, type CaseworkFamily } from './casework-family';
import { audit, type Dataset } from './dataset';
import { contactSummary, nextStep, othersPresent } from './notes';
import type { Random } from './random';

type ContactType = (typeof contactTypes)[number];

export const CONTACTS_PER_FAMILY = 25;

/** How often each kind of contact happens, and how long it takes (least and most minutes). */
const kinds: Record<ContactType, { weight: number; minutes: [number, number] }> = {
  'Home visit': { weight: 15, minutes: [30, 90] },
  'Phone call': { weight: 30, minutes: [5, 25] },
  '1:1 session with child': { weight: 15, minutes: [20, 45] },
  'Meeting with parent': { weight: 14, minutes: [20, 60] },
  'Group session': { weight: 5, minutes: [40, 75] },
  'Team Around the Family/Child meeting': { weight: 4, minutes: [45, 90] },
  'Hearing or conference': { weight: 1, minutes: [60, 180] },
  'Email or letter': { weight: 10, minutes: [5, 15] },
  'Visit with no answer': { weight: 6, minutes: [10, 20] },
};
const typeWeights = Object.fromEntries(
  Object.entries(kinds).map(([type, kind]) => [type, kind.weight]),
) as Record<ContactType, number>;

/** Contacts a family has in proportion to: its engagement, and how long the work went on (up to a year). */
function weightOf(family: CaseworkFamily): number {
  const spans = [family.involved, ...family.busy];
  const days = spans.reduce((sum, span) => sum + Math.max(0, span.to - span.from) / DAY, 0);
  return family.engagement * Math.min(1, days / 365);
}

/** Contacts per family, adding up to the total: most families have a handful, a few have hundreds. */
export function contactCounts(random: Random, families: CaseworkFamily[], total: number): number[] {
  const weights = families.map(weightOf);
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((weight) => Math.floor((weight / sum) * total));
  for (let left = total - counts.reduce((a, b) => a + b, 0); left > 0; left--)
    counts[random.int(0, counts.length - 1)]!++;
  return counts;
}

type Carer = CaseworkFamily['carers'][number];

/** "Mum (Fatema Begum)", or for anyone else their name and how they are related. */
function asPresent(carer: Carer | undefined): string[] {
  if (!carer) return [];
  const known = carer.word === 'Mum' || carer.word === 'Dad';
  return [known ? `${carer.word} (${carer.name})` : `${carer.name} (${carer.relationship.toLowerCase()})`];
}

/** Who the worker records as there: the carer on a call, the child in a session, everyone at a meeting. */
function present(random: Random, type: ContactType, carer: Carer | undefined, childNames: string[]): string {
  const others = othersPresent[type];
  const extra =
    others && random.chance(type === 'Meeting with parent' ? 0.4 : 1) ? [random.pick(others)] : [];
  switch (type) {
    case 'Home visit':
      return [...asPresent(carer), ...childNames].join(', ');
    case '1:1 session with child':
    case 'Group session':
      return childNames.join(', ');
    case 'Visit with no answer':
      return '';
    default:
      return [...asPresent(carer), ...extra].join(', ');
  }
}

/**
 * A next step due on a school day within three weeks. Long past ones were nearly all done; some of the last
 * fortnight's were not (overdue on the dashboard); a few future ones are done already.
 */
function followUp(random: Random, day: number, created: number) {
  const due = schoolDayIn(random, day + DAY, day + 21 * DAY);
  const today = startOfDay(NOW.getTime());
  const doneChance = due >= today ? 0.1 : due < today - 14 * DAY ? 0.995 : 0.75;
  const latest = Math.min(due + 3 * DAY, NOW.getTime() - 60 * MINUTE);
  const done = random.chance(doneChance)
    ? created + Math.round(random.next() * Math.max(MINUTE, latest - created))
    : null;
  return { due, done };
}

/** A family's contacts as createContact (and completeNextStep) write them, with their audit rows. */
export function addContacts(random: Random, data: Dataset, family: CaseworkFamily, count: number): void {
  for (let n = 0; n < count; n++) {
    const window = family.busy.length && random.chance(0.7) ? random.pick(family.busy) : family.involved;
    const day = schoolDayIn(random, window.from, window.to);
    const type = random.weighted(typeWeights);
    const [least, most] = kinds[type].minutes;
    const durationMinutes = 5 * random.int(least / 5, most / 5);
    const occurred = duringSchoolHours(random, day);
    const created = occurred + (durationMinutes + random.int(5, 240)) * MINUTE;
    const first = random.pick(family.children);
    const second = random.chance(0.3) ? random.pick(family.children) : first;
    const children = first === second ? [first] : [first, second];
    const carer = pickCarer(random, family);
    const names = { child: first.firstName, carer: carer?.word ?? 'the carer' };
    const id = random.uuid();
    const step = random.chance(0.15) ? followUp(random, day, created) : null;
    data.contacts.push({
      id,
      familyId: family.id,
      occurredAt: localDateTime(occurred),
      durationMinutes,
      type,
      present: present(
        random,
        type,
        carer,
        children.map((child) => child.firstName),
      ),
      summary: contactSummary(random, type, names),
      nextStep: step ? nextStep(random, names) : '',
      nextStepDue: step ? isoDay(step.due) : null,
      nextStepDoneAt: step?.done ? timestamp(step.done) : null,
      createdAt: timestamp(created),
      updatedAt: timestamp(step?.done ?? created),
    });
    for (const child of children) data.contactChildren.push({ contactId: id, childId: child.id });
    audit(data, timestamp(created), 'create', 'contacts', id);
    if (step?.done) audit(data, timestamp(step.done), 'update', 'contacts', id);
  }
}
