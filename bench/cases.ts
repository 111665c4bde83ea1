import { referrerRoles, type CaseStatus } from '../shared/casework';
import { DAY, duringSchoolHours, isoDay, schoolDayFrom, schoolDayIn, timestamp } from './calendar';
import {
  caseNotes,
  closeReasons,
  declineReasons,
  hopedOutcomes,
  outcomes,
  referralConcerns,
  referrers,
  signpostedTo,
  signpostReasons,
  triedSoFar,
} from './casework-notes';
import { namesFor, pickEngaged, type CaseworkFamily, type Span } from './casework-family';
import { audit, type Dataset } from './dataset';
import { fill } from './notes';
import type { Random } from './random';

type Decision = { kind: 'accepted' | 'signposted' | 'declined'; day: number; at: string; reason: string };

/** A Request for Assistance as createReferral writes it, and decideReferral's change when there is a decision. */
function addReferral(
  random: Random,
  data: Dataset,
  family: CaseworkFamily,
  receivedDay: number,
  decision: Decision | null,
): string {
  const id = random.uuid();
  const child = random.pick(family.children);
  const names = namesFor(random, family, child.id);
  const role = random.pick(referrerRoles);
  const carer = family.carers[0]?.name ?? '';
  const consent = random.chance(0.92);
  const receivedAt = timestamp(duringSchoolHours(random, receivedDay));
  data.referrals.push({
    id,
    familyId: family.id,
    childId: child.id,
    receivedOn: isoDay(receivedDay),
    referrerName: role === 'Parent or self' ? carer : random.pick(referrers),
    referrerRole: role,
    concerns: fill(random.pick(referralConcerns), names),
    triedSoFar: fill(random.pick(triedSoFar), names),
    hopedOutcome: fill(random.pick(hopedOutcomes), names),
    consentGiven: consent,
    consentOn: consent ? isoDay(receivedDay) : null,
    consentBy: consent ? carer : '',
    decision: decision?.kind ?? 'pending',
    decidedOn: decision ? isoDay(decision.day) : null,
    decisionReason: decision?.reason ?? '',
    signpostedTo: decision?.kind === 'signposted' ? random.pick(signpostedTo) : '',
    createdAt: receivedAt,
    updatedAt: decision?.at ?? receivedAt,
  });
  audit(data, receivedAt, 'create', 'referrals', id);
  if (decision) audit(data, decision.at, 'update', 'referrals', id);
  return id;
}

/** Days (at least, at most) from the previous status to this one. */
const daysBefore: Record<Exclude<CaseStatus, 'open'>, [number, number]> = {
  active: [3, 20],
  monitoring: [30, 150],
  closed: [20, 90],
};

export interface CasePlan {
  /** The case opens and, if it closes, closes within this span. */
  window: Span;
  /** The statuses the case goes through, one case_event each, the first always 'open'. */
  path: CaseStatus[];
  fromReferral: boolean;
}

/**
 * A case as openCase and setCaseStatus write it: the case, an event per status, the audit rows, and when it
 * came from a referral, that referral, accepted the day the case opened.
 */
export function addCase(random: Random, data: Dataset, family: CaseworkFamily, plan: CasePlan): void {
  const { window, path } = plan;
  const lead = plan.fromReferral ? random.int(2, 14) * DAY : 0;
  const gaps = path.slice(1).map((status) => {
    const [least, most] = daysBefore[status as Exclude<CaseStatus, 'open'>];
    return random.int(least, most) * DAY;
  });
  // A window too short for the usual pace squeezes the gaps, as happens when a family moves away.
  const needed = gaps.reduce((sum, gap) => sum + gap, 0);
  const room = Math.max(0, window.to - window.from - lead);
  const scale = needed > room ? room / needed : 1;
  const days = [schoolDayIn(random, window.from + lead, window.to - needed * scale)];
  for (const gap of gaps) {
    const previous = days[days.length - 1]!;
    days.push(
      Math.max(previous, Math.min(schoolDayFrom(previous + gap * scale), window.to - (window.to % DAY))),
    );
  }
  const times = days.map((day) => timestamp(duringSchoolHours(random, day)));
  const names = namesFor(random, family);
  const caseId = random.uuid();
  const closed = path[path.length - 1] === 'closed';
  const closeReason = closed ? fill(random.pick(closeReasons), names) : '';
  const outcome = closed ? fill(random.pick(outcomes), names) : '';

  let referralId: string | null = null;
  let openingNote = fill(random.pick(caseNotes.open), names);
  if (plan.fromReferral) {
    const reason = random.chance(0.5) ? openingNote : '';
    // decideReferral opens the case with the decision's reason as its note, or this when there is none.
    openingNote = reason || 'Referral accepted.';
    referralId = addReferral(
      random,
      data,
      family,
      schoolDayFrom(Math.max(family.span.from, days[0]! - lead)),
      {
        kind: 'accepted',
        day: days[0]!,
        at: times[0]!,
        reason,
      },
    );
  }

  data.cases.push({
    id: caseId,
    familyId: family.id,
    referralId,
    status: path[path.length - 1]!,
    openedOn: isoDay(days[0]!),
    closedOn: closed ? isoDay(days[days.length - 1]!) : null,
    closeReason,
    outcome,
    createdAt: times[0]!,
    updatedAt: times[times.length - 1]!,
  });
  audit(data, times[0]!, 'create', 'cases', caseId);
  path.forEach((status, i) => {
    const id = random.uuid();
    const note =
      status === 'closed'
        ? [closeReason, outcome].join(' — ')
        : i === 0
          ? openingNote
          : fill(random.pick(caseNotes[status]), names);
    data.caseEvents.push({
      id,
      caseId,
      familyId: family.id,
      on: isoDay(days[i]!),
      fromStatus: i === 0 ? null : path[i - 1]!,
      toStatus: status,
      note,
      createdAt: times[i]!,
    });
    if (i > 0) audit(data, times[i]!, 'update', 'cases', caseId);
    audit(data, times[i]!, 'create', 'case_events', id);
  });
  family.busy.push({ from: days[0]!, to: closed ? days[days.length - 1]! + DAY - 1 : family.span.to });
}

const pathTo: Record<CaseStatus, CaseStatus[]> = {
  open: ['open'],
  active: ['open', 'active'],
  monitoring: ['open', 'active', 'monitoring'],
  closed: ['open', 'active', 'monitoring', 'closed'],
};

/** How far back a case still at each status opened: a case waiting for its first visit is a recent one. */
const openedWithinDays: Record<Exclude<CaseStatus, 'closed'>, number> = {
  open: 21,
  active: 300,
  monitoring: 500,
};

/** One case for each of a quarter of the families, most from a referral, more of them the engaged ones. */
export function addCases(random: Random, data: Dataset, families: CaseworkFamily[]): CaseworkFamily[] {
  const chosen = new Set<CaseworkFamily>();
  while (chosen.size < Math.round(families.length / 4)) chosen.add(pickEngaged(random, families));
  for (const family of chosen) {
    const status = family.archived
      ? 'closed'
      : random.weighted({ open: 8, active: 30, monitoring: 17, closed: 45 });
    // Some cases close without a spell of monitoring, a few straight from open (the family moved away).
    const path: CaseStatus[] =
      status === 'closed' && random.chance(0.3)
        ? random.chance(0.85)
          ? ['open', 'active', 'closed']
          : ['open', 'closed']
        : pathTo[status];
    const { from, to } = family.span;
    const window =
      status === 'closed' ? family.span : { from: Math.max(from, to - openedWithinDays[status] * DAY), to };
    addCase(random, data, family, { window, path, fromReferral: random.chance(0.65) });
  }
  return [...chosen];
}

/** A referral that led to no case, decided within ten days of coming in. */
export function addReferralNotTaken(
  random: Random,
  data: Dataset,
  family: CaseworkFamily,
  received: number,
  kind: 'signposted' | 'declined',
): void {
  const { to } = family.span;
  const day = Math.min(schoolDayFrom(received + random.int(1, 10) * DAY), to - (to % DAY));
  const reasons = kind === 'signposted' ? signpostReasons : declineReasons;
  addReferral(random, data, family, received, {
    kind,
    day,
    at: timestamp(duringSchoolHours(random, day)),
    reason: fill(random.pick(reasons), namesFor(random, family)),
  });
}

/** Referrals for one family in ten that led to no case: signposted, declined, or (the last fortnight's) pending. */
export function addOtherReferrals(random: Random, data: Dataset, families: CaseworkFamily[]): void {
  for (let n = Math.round(families.length / 10); n > 0; n--) {
    const family = pickEngaged(random, families);
    const { from, to } = family.span;
    const kind = random.weighted({ signposted: 45, declined: 30, pending: 25 });
    if (kind === 'pending' && !family.archived) {
      addReferral(random, data, family, schoolDayIn(random, Math.max(from, to - 14 * DAY), to), null);
    } else {
      const received = schoolDayIn(random, from, to - 10 * DAY);
      addReferralNotTaken(random, data, family, received, kind === 'signposted' ? 'signposted' : 'declined');
    }
  }
}
