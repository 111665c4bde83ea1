import { and, eq, inArray, isNull } from 'drizzle-orm';
import { format } from 'date-fns';
import type { z } from 'zod';
import {
  caseStatusLabels,
  type CaseStatus,
  type ChronologyEntry,
  type ChronologyKind,
  type chronologyInput,
} from '../../shared/casework';
import { isoToUk } from '../../shared/dates';
import { signpostKinds, signpostOutcomes } from '../../shared/directory';
import { targetProgress } from '../../shared/plans';
import { indicators } from '../../shared/wellbeing';
import { knownAs } from '../../shared/families';
import {
  caseEvents,
  children,
  concernAddenda,
  concerns,
  contactChildren,
  contacts,
  referrals,
} from '../db/schema';
import type { ServiceDeps } from './deps';
import { requireFamily } from './guards';
import { getPlan, listPlans } from './plans';
import { listSignposts } from './signposts';

/** What sorting and filtering need besides what is shown: the children, and when the entry was written. */
type Entry = ChronologyEntry & { childIds: string[]; recordedAt: string };

const addendumTitles = {
  note: 'Addendum to a safeguarding concern',
  passed_to_dsl: 'Concern passed to the DSL',
  dsl_decision: 'DSL decision on a concern',
  resolved: 'Safeguarding concern resolved',
} as const;

/** On the same minute, the order things happen in: a referral is decided, which opens a case. */
const sameTimeOrder: Record<ChronologyKind, number> = {
  referral: 0,
  decision: 1,
  case: 2,
  contact: 3,
  concern: 4,
  addendum: 5,
  signpost: 6,
  plan: 7,
};

// Map.groupBy arrives in Node 21; Node 20 runs browser mode and the tests.
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const startOfDay = (isoDate: string) => `${isoDate}T00:00`;
const localMinute = (timestamp: string) => format(new Date(timestamp), "yyyy-MM-dd'T'HH:mm");

/**
 * The family's whole story in date order, oldest first, as a social worker reads a chronology: every
 * contact, referral, decision, case change, concern and addendum, each with its source.
 */
export function familyChronology(
  deps: ServiceDeps,
  input: z.output<typeof chronologyInput>,
): ChronologyEntry[] {
  const { db } = deps;
  requireFamily(db, input.familyId);
  const names = new Map(
    db
      .select()
      .from(children)
      .where(eq(children.familyId, input.familyId))
      .all()
      .map((child) => [child.id, knownAs(child)]),
  );
  const childNames = (ids: (string | null)[]) =>
    ids.flatMap((id) => (id && names.has(id) ? [names.get(id)!] : []));
  const entries: Entry[] = [];

  const contactRows = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.familyId, input.familyId), isNull(contacts.deletedAt)))
    .all();
  const links = contactRows.length
    ? db
        .select()
        .from(contactChildren)
        .where(
          inArray(
            contactChildren.contactId,
            contactRows.map((row) => row.id),
          ),
        )
        .all()
    : [];
  const childrenOfContact = groupBy(links, (link) => link.contactId);
  for (const contact of contactRows) {
    const childIds = (childrenOfContact.get(contact.id) ?? []).map((link) => link.childId);
    const nextStep = contact.nextStep
      ? ` Next step: ${contact.nextStep}${contact.nextStepDue ? `, by ${isoToUk(contact.nextStepDue)}` : ''}.`
      : '';
    entries.push({
      id: contact.id,
      kind: 'contact',
      at: contact.occurredAt,
      title: `${contact.type} (${contact.durationMinutes} min)`,
      detail: `${contact.summary}${nextStep}`,
      childIds,
      childNames: childNames(childIds),
      source: contact.present ? `Present: ${contact.present}` : '',
      recordedAt: contact.createdAt,
    });
  }

  const referralRows = db.select().from(referrals).where(eq(referrals.familyId, input.familyId)).all();
  for (const referral of referralRows) {
    const childIds = referral.childId ? [referral.childId] : [];
    entries.push({
      id: referral.id,
      kind: 'referral',
      at: startOfDay(referral.receivedOn),
      title: 'Request for assistance received',
      detail: referral.concerns,
      childIds,
      childNames: childNames(childIds),
      source: `${referral.referrerName} (${referral.referrerRole})`,
      recordedAt: referral.createdAt,
    });
    if (referral.decision !== 'pending' && referral.decidedOn) {
      const where = referral.decision === 'signposted' ? ` Signposted to ${referral.signpostedTo}.` : '';
      entries.push({
        id: `${referral.id}:decision`,
        kind: 'decision',
        at: startOfDay(referral.decidedOn),
        title: `Referral ${referral.decision}`,
        detail: `${referral.decisionReason}${where}`.trim(),
        childIds,
        childNames: childNames(childIds),
        source: 'Link worker',
        recordedAt: referral.updatedAt,
      });
    }
  }

  for (const event of db.select().from(caseEvents).where(eq(caseEvents.familyId, input.familyId)).all()) {
    const to = caseStatusLabels[event.toStatus as CaseStatus];
    entries.push({
      id: event.id,
      kind: 'case',
      at: startOfDay(event.on),
      title:
        event.fromStatus === null
          ? 'Case opened'
          : to === 'Closed'
            ? 'Case closed'
            : `Case now ${to.toLowerCase()}`,
      detail: event.note,
      childIds: [],
      childNames: [],
      source: 'Link worker',
      recordedAt: event.createdAt,
    });
  }

  const concernRows = db.select().from(concerns).where(eq(concerns.familyId, input.familyId)).all();
  const addenda = concernRows.length
    ? db
        .select()
        .from(concernAddenda)
        .where(
          inArray(
            concernAddenda.concernId,
            concernRows.map((row) => row.id),
          ),
        )
        .all()
    : [];
  const addendaOf = groupBy(addenda, (addendum) => addendum.concernId);
  for (const concern of concernRows) {
    const childIds = concern.childId ? [concern.childId] : [];
    entries.push({
      id: concern.id,
      kind: 'concern',
      at: concern.occurredAt,
      title: 'Safeguarding concern',
      detail: `${concern.whatHappened} Action taken: ${concern.actionTaken}`,
      childIds,
      childNames: childNames(childIds),
      source: 'Link worker',
      recordedAt: concern.createdAt,
    });
    for (const addendum of addendaOf.get(concern.id) ?? []) {
      const passed =
        addendum.kind === 'passed_to_dsl' ? `Passed to ${addendum.dslName} (${addendum.passedHow}). ` : '';
      entries.push({
        id: addendum.id,
        kind: 'addendum',
        at: addendum.passedAt ?? localMinute(addendum.createdAt),
        title: addendumTitles[addendum.kind],
        detail: `${passed}${addendum.text}`.trim(),
        childIds,
        childNames: childNames(childIds),
        source: addendum.kind === 'dsl_decision' ? 'DSL' : 'Link worker',
        recordedAt: addendum.createdAt,
      });
    }
  }

  for (const signpost of listSignposts(deps, input.familyId)) {
    const where = signpost.organisation
      ? `${signpost.serviceName} (${signpost.organisation})`
      : signpost.serviceName;
    const outcome = signpost.outcome
      ? ` Outcome: ${signpostOutcomes[signpost.outcome].toLowerCase()}${signpost.outcomeOn ? ` (${isoToUk(signpost.outcomeOn)})` : ''}.${signpost.outcomeNote ? ` ${signpost.outcomeNote}` : ''}`
      : ' Outcome not yet recorded.';
    entries.push({
      id: signpost.id,
      kind: 'signpost',
      at: startOfDay(signpost.on),
      title: `${signpostKinds[signpost.kind]} to ${where}`,
      detail: `${signpost.note}${outcome}`.trim(),
      childIds: [],
      childNames: [],
      source: 'Link worker',
      recordedAt: signpost.on,
    });
  }

  entries.push(...planEntries(deps, input.familyId));

  return entries
    .filter((entry) => input.kinds.length === 0 || input.kinds.includes(entry.kind))
    .filter((entry) => input.childId === null || entry.childIds.includes(input.childId))
    .sort(
      (a, b) =>
        a.at.localeCompare(b.at) ||
        sameTimeOrder[a.kind] - sameTimeOrder[b.kind] ||
        a.recordedAt.localeCompare(b.recordedAt) ||
        a.id.localeCompare(b.id),
    )
    .map(({ childIds: _ids, recordedAt: _recorded, ...entry }) => entry);
}

/** A plan enters the chronology when it is agreed and when it is reviewed; drafts are work in progress. */
function planEntries(deps: ServiceDeps, familyId: string): Entry[] {
  const entries: Entry[] = [];
  for (const summary of listPlans(deps, familyId)) {
    const plan = getPlan(deps, summary.id);
    const childIds = plan.children.map((child) => child.id);
    const childNames = plan.children.map((child) => child.knownAs);
    for (const version of plan.versions) {
      const needs = version.needs.map((need) => indicators[need.indicator]).join(', ');
      if (version.finalisedAt) {
        entries.push({
          id: `${version.id}-agreed`,
          kind: 'plan',
          at: startOfDay(localMinute(version.finalisedAt).slice(0, 10)),
          title: `Action plan agreed (version ${version.number})`,
          detail: `Working on: ${needs || 'nothing listed'}.${version.reviewOn ? ` Review due ${isoToUk(version.reviewOn)}.` : ''}`,
          childIds,
          childNames,
          source: 'Link worker',
          recordedAt: version.finalisedAt,
        });
      }
      if (version.review) {
        const targets = version.needs.flatMap((need) => need.targets);
        const counts = Object.entries(targetProgress)
          .map(([key, label]) => [label, targets.filter((target) => target.progress === key).length] as const)
          .filter(([, count]) => count > 0)
          .map(([label, count]) => `${label.toLowerCase()} ${count}`)
          .join(', ');
        entries.push({
          id: `${version.id}-reviewed`,
          kind: 'plan',
          at: startOfDay(version.review.reviewedOn),
          title: `Action plan reviewed (version ${version.number})`,
          detail: `Targets: ${counts || 'none'}.${version.review.summary ? ` ${version.review.summary}` : ''}`,
          childIds,
          childNames,
          source: 'Link worker',
          recordedAt: version.review.recordedAt,
        });
      }
    }
  }
  return entries;
}
