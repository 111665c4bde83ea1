import { addDays, format, subDays } from 'date-fns';
import {
  caseStatuses,
  TODAY_HORIZON_DAYS,
  type CaseStatus,
  type Dashboard,
  type PlanDue,
} from '../../shared/casework';
import { actors, type Actor } from '../../shared/plans';
import { occurrencesBetween } from './calendar';
import type { ServiceDeps } from './deps';
import { servicesToCheck } from './directory';

/**
 * What needs doing: what is overdue, due today and due in the next week (a rolling week, so a Monday task is
 * there on the Saturday before), quiet cases, concerns not yet with the DSL, plans waiting to be agreed.
 */
export function dashboard(deps: ServiceDeps): Dashboard {
  const client = deps.db.$client;
  const now = deps.now();
  const today = format(now, 'yyyy-MM-dd');
  const horizon = format(addDays(now, TODAY_HORIZON_DAYS), 'yyyy-MM-dd');
  const fourWeeksAgo = format(subDays(now, 28), "yyyy-MM-dd'T'HH:mm");

  const followUps = client
    .prepare(
      `SELECT c.id AS contactId, c.family_id AS familyId, f.family_name AS familyName,
              c.next_step AS nextStep, c.next_step_due AS due
         FROM contacts c JOIN families f ON f.id = c.family_id
        WHERE c.next_step_due IS NOT NULL AND c.next_step_due <= ? AND c.next_step_done_at IS NULL
          AND c.deleted_at IS NULL AND f.status = 'active'
        ORDER BY c.next_step_due, f.family_name
        LIMIT 200`,
    )
    .all(horizon) as Omit<Dashboard['followUps'][number], 'overdue'>[];

  const quietCases = client
    .prepare(
      `SELECT k.id AS caseId, k.family_id AS familyId, f.family_name AS familyName,
              (SELECT max(c.occurred_at) FROM contacts c WHERE c.family_id = k.family_id AND c.deleted_at IS NULL)
                AS lastContact
         FROM cases k JOIN families f ON f.id = k.family_id
        WHERE k.status != 'closed' AND f.status = 'active'
          AND coalesce(lastContact, '') < ?
        ORDER BY lastContact IS NOT NULL, lastContact, f.family_name
        LIMIT 200`,
    )
    .all(fourWeeksAgo) as {
    caseId: string;
    familyId: string;
    familyName: string;
    lastContact: string | null;
  }[];

  const concernsNotPassed = client
    .prepare(
      `SELECT k.id AS concernId, k.family_id AS familyId, f.family_name AS familyName, k.occurred_at AS occurredAt
         FROM concerns k JOIN families f ON f.id = k.family_id
        WHERE NOT EXISTS (SELECT 1 FROM concern_addenda a WHERE a.concern_id = k.id AND a.kind = 'passed_to_dsl')
        ORDER BY k.occurred_at`,
    )
    .all() as Dashboard['concernsNotPassed'];

  const plans = planDates(deps, horizon, today);

  const counts = client
    .prepare(
      `SELECT k.status, count(*) AS n FROM cases k JOIN families f ON f.id = k.family_id
        WHERE f.status = 'active' GROUP BY k.status`,
    )
    .all() as { status: CaseStatus; n: number }[];

  return {
    followUps: followUps.map((item) => ({ ...item, overdue: item.due < today })),
    quietCases: quietCases.map(({ lastContact, ...item }) => ({
      ...item,
      lastContactOn: lastContact ? lastContact.slice(0, 10) : null,
    })),
    concernsNotPassed,
    ...plans,
    caseCounts: Object.fromEntries(
      caseStatuses.map((status) => [status, counts.find((count) => count.status === status)?.n ?? 0]),
    ) as Dashboard['caseCounts'],
    servicesToCheck: servicesToCheck(deps),
    upcomingEvents: occurrencesBetween(deps, today, horizon).filter((one) => one.status !== 'cancelled'),
  };
}

/** Only the agreed version of a plan has live dates: a draft's are not yet agreed, a reviewed one's are history. */
function planDates(deps: ServiceDeps, horizon: string, today: string) {
  const client = deps.db.$client;
  const childNames = `(SELECT group_concat(coalesce(nullif(trim(c.preferred_name), ''), c.name), ', ')
                         FROM plan_children pc JOIN children c ON c.id = pc.child_id WHERE pc.plan_id = p.id)`;
  const reviews = client
    .prepare(
      `SELECT p.id AS planId, p.family_id AS familyId, f.family_name AS familyName,
              ${childNames} AS childNames, v.review_on AS due
         FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN families f ON f.id = p.family_id
        WHERE v.status = 'final' AND v.review_on <= ? AND f.status = 'active'
        ORDER BY v.review_on, f.family_name
        LIMIT 200`,
    )
    .all(horizon) as Omit<PlanDue, 'overdue'>[];
  const actions = client
    .prepare(
      `SELECT p.id AS planId, p.family_id AS familyId, f.family_name AS familyName,
              ${childNames} AS childNames, a.due_on AS due, a.id AS actionId, a.what, a.who, a.who_name AS whoName
         FROM plan_actions a JOIN plan_needs n ON n.id = a.need_id JOIN plan_versions v ON v.id = n.version_id
              JOIN plans p ON p.id = v.plan_id JOIN families f ON f.id = p.family_id
        WHERE v.status = 'final' AND a.done_at IS NULL AND a.due_on <= ? AND f.status = 'active'
        ORDER BY a.due_on, f.family_name
        LIMIT 200`,
    )
    .all(horizon) as (Omit<PlanDue, 'overdue'> & {
    actionId: string;
    what: string;
    who: Actor;
    whoName: string;
  })[];
  // A draft left half-written is easy to forget: the family has not agreed anything yet.
  const drafts = client
    .prepare(
      `SELECT p.id AS planId, p.family_id AS familyId, f.family_name AS familyName,
              ${childNames} AS childNames, substr(v.created_at, 1, 10) AS startedOn
         FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN families f ON f.id = p.family_id
        WHERE v.status = 'draft' AND f.status = 'active'
        ORDER BY v.created_at, f.family_name
        LIMIT 200`,
    )
    .all() as Dashboard['planDrafts'];
  return {
    planDrafts: drafts,
    planReviews: reviews.map((item) => ({ ...item, overdue: item.due < today })),
    planActions: actions.map(({ who, whoName, ...item }) => ({
      ...item,
      who: whoName.trim() || actors[who],
      overdue: item.due < today,
    })),
  };
}
