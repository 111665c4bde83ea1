import { schoolDayIn } from './calendar';
import { addCase, addReferralNotTaken } from './cases';
import type { CaseworkFamily } from './casework-family';
import { addConcern } from './concerns';
import type { Dataset } from './dataset';
import type { Random } from './random';

/** The chronology measure loads a family with this many entries. */
export const CHRONOLOGY_ENTRIES = 2000;

/** The active family known longest, preferring one with three or more children: a plausible long history. */
export function chronologyFamily(families: CaseworkFamily[]): CaseworkFamily {
  const active = families.filter((family) => !family.archived);
  const large = active.filter((family) => family.children.length >= 3);
  const pool = large.length ? large : active.length ? active : families;
  return pool.reduce((longest, family) => (family.span.from < longest.span.from ? family : longest));
}

/**
 * A family worked with for years: a case from a referral that closed, a referral signposted elsewhere, a
 * second case still active, and a dozen concerns. Its contacts are added later, to make up the total.
 */
export function addChronologyCasework(random: Random, data: Dataset, family: CaseworkFamily): void {
  const { from, to } = family.span;
  const third = (to - from) / 3;
  addCase(random, data, family, {
    window: { from, to: from + 1.6 * third },
    path: ['open', 'active', 'monitoring', 'closed'],
    fromReferral: true,
  });
  const received = schoolDayIn(random, from + 1.7 * third, from + 1.9 * third);
  addReferralNotTaken(random, data, family, received, 'signposted');
  addCase(random, data, family, {
    window: { from: from + 2 * third, to },
    path: ['open', 'active'],
    fromReferral: true,
  });
  for (let n = 0; n < 12; n++) {
    const window = random.pick(family.busy);
    addConcern(random, data, family, schoolDayIn(random, window.from, window.to));
  }
}

/**
 * The family's chronology entries other than contacts, counted as familyChronology shows them: a referral,
 * and its decision once decided; each case event; each concern and addendum. The bench checks the total
 * against the service itself before timing it.
 */
export function entriesBesideContacts(data: Dataset, familyId: string): number {
  const referrals = data.referrals.filter((referral) => referral.familyId === familyId);
  const decided = referrals.filter((referral) => referral.decision !== 'pending' && referral.decidedOn);
  const events = data.caseEvents.filter((event) => event.familyId === familyId);
  const concerns = new Set(data.concerns.filter((concern) => concern.familyId === familyId).map((c) => c.id));
  const addenda = data.concernAddenda.filter((addendum) => concerns.has(addendum.concernId));
  return referrals.length + decided.length + events.length + concerns.size + addenda.length;
}
