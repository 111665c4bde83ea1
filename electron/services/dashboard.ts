import { endOfWeek, format, subDays } from 'date-fns';
import { caseStatuses, type CaseStatus, type Dashboard } from '../../shared/casework';
import type { ServiceDeps } from './deps';
import { servicesToCheck } from './directory';

/** What needs doing: follow-ups due this week (overdue first), quiet cases, concerns not yet with the DSL. */
export function dashboard(deps: ServiceDeps): Dashboard {
  const client = deps.db.$client;
  const now = deps.now();
  const today = format(now, 'yyyy-MM-dd');
  const weekEnd = format(endOfWeek(now, { weekStartsOn: 1 }), 'yyyy-MM-dd');
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
    .all(weekEnd) as Omit<Dashboard['followUps'][number], 'overdue'>[];

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
    caseCounts: Object.fromEntries(
      caseStatuses.map((status) => [status, counts.find((count) => count.status === status)?.n ?? 0]),
    ) as Dashboard['caseCounts'],
    servicesToCheck: servicesToCheck(deps),
  };
}
