import { contactTypes, referrerRoles } from '../../shared/casework';
import { isoToUk } from '../../shared/dates';
import { signpostOutcomes, type SignpostOutcome } from '../../shared/directory';
import { knownAs } from '../../shared/families';
import {
  type AttendanceMovement,
  type FigureRecord,
  type LoopRow,
  type LoopTag,
  type ReturnFigures,
  type ValueTag,
} from '../../shared/returns';
import { indicatorKeys, indicators, type Indicator } from '../../shared/wellbeing';
import type { CaseloadAttendance } from '../../shared/attendance';
import { caseloadAttendance } from './attendance';
import { attendedRows, occurrencesBetween } from './calendar';
import type { ServiceDeps } from './deps';
import { getSettings } from './settings';

export interface Period {
  from: string;
  to: string;
  name: string;
}
export interface CaseStudyRow {
  title: string;
  text: string;
}

/** The figures and, for each count that has them, the records behind it (so count and list always agree). */
export interface ComputedReturn extends ReturnFigures {
  records: Partial<Record<ValueTag, FigureRecord[]>>;
  attendance: AttendanceMovement;
}

const inPeriod = (day: string | null, period: Period) =>
  day !== null && day >= period.from && day <= period.to;
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The day in the UK of an instant stored as an ISO timestamp (when a plan was agreed, say). */
function ukDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(instant));
}

/**
 * Every figure of the termly return for `period` (both days included), from the vault as it stands. Archived
 * families are left out throughout, as the caseload and the wellbeing figures leave them out.
 */
export function computeReturn(
  deps: ServiceDeps,
  period: Period,
  caseStudies: CaseStudyRow[] = [],
): ComputedReturn {
  const settings = getSettings(deps.db);
  const families = familyFigures(deps, period);
  const referrals = referralFigures(deps, period);
  const contacts = contactFigures(deps, period);
  const events = eventFigures(deps, period);
  const webs = webFigures(deps, period);
  const plans = planFigures(deps, period);
  const signposts = signpostFigures(deps, period);
  const attendance = attendanceFigures(
    caseloadAttendance(deps),
    new Set(families.records.families_supported.map((one) => one.familyId)),
  );

  const records = {
    ...families.records,
    ...referrals.records,
    ...contacts.records,
    ...events.records,
    ...webs.records,
    ...plans.records,
    ...signposts.records,
    ...attendance.records,
  };
  const counts = Object.fromEntries(
    Object.entries(records).map(([tag, list]) => [tag, list.length]),
  ) as Record<keyof typeof records, number>;
  const values: Record<ValueTag, string | number> = {
    school_name: settings.schoolName,
    worker_name: settings.workerName,
    period_name: period.name || `${isoToUk(period.from)} to ${isoToUk(period.to)}`,
    period_from: isoToUk(period.from),
    period_to: isoToUk(period.to),
    ...counts,
    contact_hours: contacts.hours,
    others_attending: events.others,
    attendance_change_points: attendance.meanChange,
  };
  const loops: Record<LoopTag, LoopRow[]> = {
    referrals_by_source: referrals.bySource,
    contacts_by_type: contacts.byType,
    web_movement: webs.movement,
    signposts_by_outcome: signposts.byOutcome,
    closures_by_outcome: families.closuresByOutcome,
    case_studies: caseStudies.map((study) => ({ title: study.title, text: study.text })),
  };
  return { from: period.from, to: period.to, values, loops, records, attendance: attendance.movement };
}

function familyFigures(deps: ServiceDeps, period: Period) {
  const rows = deps.db.$client
    .prepare(
      `SELECT c.family_id AS familyId, f.family_name AS familyName, c.opened_on AS openedOn,
              c.closed_on AS closedOn, c.close_reason AS closeReason
         FROM cases c JOIN families f ON f.id = c.family_id
        WHERE f.status = 'active' AND c.opened_on <= ?`,
    )
    .all(period.to) as {
    familyId: string;
    familyName: string;
    openedOn: string;
    closedOn: string | null;
    closeReason: string;
  }[];
  const openOn = (row: (typeof rows)[number], day: string) =>
    row.openedOn <= day && (row.closedOn === null || row.closedOn >= day);
  const byFamily = new Map<string, typeof rows>();
  for (const row of rows) byFamily.set(row.familyId, [...(byFamily.get(row.familyId) ?? []), row]);

  const supported: FigureRecord[] = [];
  const fresh: FigureRecord[] = [];
  const closed: FigureRecord[] = [];
  const ongoing: FigureRecord[] = [];
  for (const [familyId, cases] of byFamily) {
    const inside = cases
      .filter((row) => row.closedOn === null || row.closedOn >= period.from)
      .sort((a, b) => a.openedOn.localeCompare(b.openedOn));
    if (inside.length === 0) continue;
    const first = inside[0]!;
    const record = (on: string | null, label: string): FigureRecord => ({
      familyId,
      familyName: first.familyName,
      on,
      label,
    });
    supported.push(record(first.openedOn, 'Case opened'));
    if (first.openedOn >= period.from) fresh.push(record(first.openedOn, 'Case opened'));
    const stillOpen = cases.some((row) => openOn(row, period.to));
    if (stillOpen) ongoing.push(record(null, 'Case open on the last day'));
    const closing = cases.find((row) => inPeriod(row.closedOn, period));
    if (closing && !stillOpen) closed.push(record(closing.closedOn, `Case closed: ${closing.closeReason}`));
  }

  const childRows = supported.length
    ? (deps.db.$client
        .prepare(
          `SELECT family_id AS familyId, name, preferred_name AS preferredName FROM children
            WHERE family_id IN (SELECT value FROM json_each(?)) ORDER BY family_id, position`,
        )
        .all(JSON.stringify(supported.map((one) => one.familyId))) as {
        familyId: string;
        name: string;
        preferredName: string;
      }[])
    : [];
  const names = new Map(supported.map((one) => [one.familyId, one.familyName]));
  const childrenSupported = childRows.map((child) => ({
    familyId: child.familyId,
    familyName: names.get(child.familyId)!,
    on: null,
    label: knownAs(child),
  }));

  // The reason for closing is the worker's own words: the same words, whatever their case, count together.
  const reasons = new Map<string, { outcome: string; count: number }>();
  for (const row of rows) {
    if (!inPeriod(row.closedOn, period)) continue;
    const outcome = row.closeReason.trim() || 'No reason given';
    const key = outcome.toLocaleLowerCase('en-GB');
    const known = reasons.get(key) ?? { outcome, count: 0 };
    known.count += 1;
    reasons.set(key, known);
  }
  const closuresByOutcome = [...reasons.values()].sort(
    (a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome),
  );

  return {
    records: {
      families_supported: supported,
      families_new: fresh,
      families_closed: closed,
      families_ongoing: ongoing,
      children_supported: childrenSupported,
    },
    closuresByOutcome,
  };
}

function referralFigures(deps: ServiceDeps, period: Period) {
  const rows = deps.db.$client
    .prepare(
      `SELECT r.family_id AS familyId, f.family_name AS familyName, r.received_on AS receivedOn,
              r.referrer_role AS role, r.decision
         FROM referrals r JOIN families f ON f.id = r.family_id
        WHERE f.status = 'active' AND r.received_on BETWEEN ? AND ?
        ORDER BY r.received_on`,
    )
    .all(period.from, period.to) as {
    familyId: string;
    familyName: string;
    receivedOn: string;
    role: string;
    decision: 'pending' | 'accepted' | 'signposted' | 'declined';
  }[];
  const toRecord = (row: (typeof rows)[number]): FigureRecord => ({
    familyId: row.familyId,
    familyName: row.familyName,
    on: row.receivedOn,
    label: `Referral from ${row.role}`,
  });
  const decided = (decision: (typeof rows)[number]['decision']) =>
    rows.filter((row) => row.decision === decision).map(toRecord);
  return {
    records: {
      referrals_received: rows.map(toRecord),
      referrals_accepted: decided('accepted'),
      referrals_signposted: decided('signposted'),
      referrals_declined: decided('declined'),
      referrals_undecided: decided('pending'),
    },
    bySource: referrerRoles.map((source) => ({
      source,
      count: rows.filter((row) => row.role === source).length,
    })),
  };
}

function contactFigures(deps: ServiceDeps, period: Period) {
  // occurred_at is local "YYYY-MM-DDTHH:mm": the whole of the last day sorts below `to` + "T~".
  const rows = deps.db.$client
    .prepare(
      `SELECT c.family_id AS familyId, f.family_name AS familyName, c.occurred_at AS occurredAt,
              c.duration_minutes AS minutes, c.type
         FROM contacts c JOIN families f ON f.id = c.family_id
        WHERE f.status = 'active' AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?
        ORDER BY c.occurred_at`,
    )
    .all(period.from, `${period.to}T~`) as {
    familyId: string;
    familyName: string;
    occurredAt: string;
    minutes: number;
    type: string;
  }[];
  const toRecord = (row: (typeof rows)[number]): FigureRecord => ({
    familyId: row.familyId,
    familyName: row.familyName,
    on: row.occurredAt.slice(0, 10),
    label: `${row.type}, ${row.minutes} minutes`,
  });
  const ofType = (type: string) => rows.filter((row) => row.type === type);
  return {
    records: {
      contacts_total: rows.map(toRecord),
      home_visits: ofType('Home visit').map(toRecord),
      visits_no_answer: ofType('Visit with no answer').map(toRecord),
    },
    hours: hours(rows.reduce((sum, row) => sum + row.minutes, 0)),
    byType: contactTypes.map((type) => {
      const these = ofType(type);
      return { type, count: these.length, hours: hours(these.reduce((sum, row) => sum + row.minutes, 0)) };
    }),
  };
}

function eventFigures(deps: ServiceDeps, period: Period) {
  const held = occurrencesBetween(deps, period.from, period.to).filter((one) => one.status !== 'cancelled');
  const attended = attendedRows(deps.db);
  const firstEver = new Map<string, string>();
  const inPeriodCount = new Map<string, number>();
  for (const row of attended) {
    const known = firstEver.get(row.carerId);
    if (!known || row.date < known) firstEver.set(row.carerId, row.date);
    if (inPeriod(row.date, period)) inPeriodCount.set(row.carerId, (inPeriodCount.get(row.carerId) ?? 0) + 1);
  }
  const carerIds = [...inPeriodCount.keys()];
  // Attendance keeps a carer taken off a family's form (no foreign key); they still count, without a link.
  const carerRows = carerIds.length
    ? (deps.db.$client
        .prepare(
          `SELECT c.id, c.name, c.family_id AS familyId, f.family_name AS familyName
             FROM carers c JOIN families f ON f.id = c.family_id
            WHERE c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(carerIds)) as {
        id: string;
        name: string;
        familyId: string;
        familyName: string;
      }[])
    : [];
  const carers = new Map(carerRows.map((row) => [row.id, row]));
  const carerRecord = (carerId: string): FigureRecord => {
    const carer = carers.get(carerId);
    return {
      familyId: carer?.familyId ?? null,
      familyName: carer?.familyName ?? 'No longer on a family’s record',
      on: firstEver.get(carerId)!,
      label: carer?.name ?? 'A carer since removed',
    };
  };
  return {
    records: {
      events_held: held.map((one) => ({
        familyId: null,
        familyName: '',
        on: one.date,
        label: `${one.title} (${one.carersCame + one.othersCame} came)`,
      })),
      parents_engaged: carerIds.map(carerRecord),
      parents_first_time: carerIds.filter((id) => inPeriod(firstEver.get(id)!, period)).map(carerRecord),
      parents_repeat: carerIds.filter((id) => inPeriodCount.get(id)! >= 2).map(carerRecord),
    },
    others: held.reduce((sum, one) => sum + one.othersCame, 0),
  };
}

interface Web {
  childId: string;
  childName: string;
  familyId: string;
  familyName: string;
  assessedOn: string;
  scale: number;
  scores: Map<Indicator, number | null>;
}

function webFigures(deps: ServiceDeps, period: Period) {
  const rows = deps.db.$client
    .prepare(
      `SELECT a.id, a.child_id AS childId, ch.name, ch.preferred_name AS preferredName, a.family_id AS familyId,
              f.family_name AS familyName, a.assessed_on AS assessedOn, a.scale, s.indicator, s.score
         FROM assessments a
         JOIN children ch ON ch.id = a.child_id
         JOIN families f ON f.id = a.family_id
         JOIN assessment_scores s ON s.assessment_id = a.id
        WHERE f.status = 'active' AND a.assessed_on <= ?
        ORDER BY a.child_id, a.assessed_on, a.created_at`,
    )
    .all(period.to) as {
    id: string;
    childId: string;
    name: string;
    preferredName: string;
    familyId: string;
    familyName: string;
    assessedOn: string;
    scale: number;
    indicator: Indicator;
    score: number | null;
  }[];
  const webs = new Map<string, Web>();
  for (const row of rows) {
    const web = webs.get(row.id) ?? {
      childId: row.childId,
      childName: knownAs(row),
      familyId: row.familyId,
      familyName: row.familyName,
      assessedOn: row.assessedOn,
      scale: row.scale,
      scores: new Map(),
    };
    web.scores.set(row.indicator, row.score);
    webs.set(row.id, web);
  }
  const byChild = new Map<string, Web[]>();
  for (const web of webs.values()) byChild.set(web.childId, [...(byChild.get(web.childId) ?? []), web]);

  const average = (web: Web) => {
    const scored = [...web.scores.values()].filter((score): score is number => score !== null);
    return scored.length ? scored.reduce((sum, score) => sum + score, 0) / scored.length : null;
  };
  const twoWebs: FigureRecord[] = [];
  const improved: FigureRecord[] = [];
  const movement = new Map(indicatorKeys.map((key) => [key, { improved: 0, same: 0, worse: 0 }]));
  for (const series of byChild.values()) {
    const latest = series[series.length - 1]!;
    if (!inPeriod(latest.assessedOn, period)) continue;
    // Scores on different scales are never compared: the first web is the first on the latest's scale.
    const first = series.find((web) => web.scale === latest.scale)!;
    if (first === latest) continue;
    const record: FigureRecord = {
      familyId: latest.familyId,
      familyName: latest.familyName,
      on: latest.assessedOn,
      label: `${latest.childName}: webs on ${isoToUk(first.assessedOn)} and ${isoToUk(latest.assessedOn)}`,
    };
    twoWebs.push(record);
    const [before, after] = [average(first), average(latest)];
    if (before !== null && after !== null && after > before) improved.push(record);
    for (const indicator of indicatorKeys) {
      const [was, now] = [first.scores.get(indicator), latest.scores.get(indicator)];
      if (was === null || was === undefined || now === null || now === undefined) continue;
      const tally = movement.get(indicator)!;
      if (now > was) tally.improved += 1;
      else if (now < was) tally.worse += 1;
      else tally.same += 1;
    }
  }
  return {
    records: { children_with_two_webs: twoWebs, children_web_improved: improved },
    movement: indicatorKeys.map((key) => ({ indicator: indicators[key], ...movement.get(key)! })),
  };
}

function planFigures(deps: ServiceDeps, period: Period) {
  const firstAgreed = deps.db.$client
    .prepare(
      `SELECT p.family_id AS familyId, f.family_name AS familyName, v.finalised_at AS finalisedAt
         FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN families f ON f.id = p.family_id
        WHERE f.status = 'active' AND v.number = 1 AND v.finalised_at IS NOT NULL`,
    )
    .all() as { familyId: string; familyName: string; finalisedAt: string }[];
  const reviews = deps.db.$client
    .prepare(
      `SELECT r.version_id AS versionId, p.family_id AS familyId, f.family_name AS familyName,
              r.reviewed_on AS reviewedOn
         FROM plan_reviews r JOIN plan_versions v ON v.id = r.version_id JOIN plans p ON p.id = v.plan_id
         JOIN families f ON f.id = p.family_id
        WHERE f.status = 'active' AND r.reviewed_on BETWEEN ? AND ?`,
    )
    .all(period.from, period.to) as {
    versionId: string;
    familyId: string;
    familyName: string;
    reviewedOn: string;
  }[];
  const achieved = deps.db.$client
    .prepare(
      `SELECT n.version_id AS versionId, t.description FROM plan_targets t JOIN plan_needs n ON n.id = t.need_id
        WHERE t.progress = 'achieved' AND n.version_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(reviews.map((review) => review.versionId))) as {
    versionId: string;
    description: string;
  }[];
  const reviewOf = new Map(reviews.map((review) => [review.versionId, review]));
  return {
    records: {
      plans_agreed: firstAgreed
        .map((row) => ({ ...row, on: ukDay(row.finalisedAt) }))
        .filter((row) => inPeriod(row.on, period))
        .map((row) => ({
          familyId: row.familyId,
          familyName: row.familyName,
          on: row.on,
          label: 'Plan agreed',
        })),
      plans_reviewed: reviews.map((review) => ({
        familyId: review.familyId,
        familyName: review.familyName,
        on: review.reviewedOn,
        label: 'Plan reviewed',
      })),
      targets_achieved: achieved.map((target) => {
        const review = reviewOf.get(target.versionId)!;
        return {
          familyId: review.familyId,
          familyName: review.familyName,
          on: review.reviewedOn,
          label: target.description,
        };
      }),
    },
  };
}

function signpostFigures(deps: ServiceDeps, period: Period) {
  const rows = deps.db.$client
    .prepare(
      `SELECT s.family_id AS familyId, f.family_name AS familyName, s."on", s.outcome, v.name AS service
         FROM signposts s JOIN families f ON f.id = s.family_id JOIN services v ON v.id = s.service_id
        WHERE f.status = 'active' AND s."on" BETWEEN ? AND ?
        ORDER BY s."on"`,
    )
    .all(period.from, period.to) as {
    familyId: string;
    familyName: string;
    on: string;
    outcome: SignpostOutcome | null;
    service: string;
  }[];
  const outcomes = Object.entries(signpostOutcomes) as [SignpostOutcome, string][];
  return {
    records: {
      signposts_made: rows.map((row) => ({
        familyId: row.familyId,
        familyName: row.familyName,
        on: row.on,
        label: row.service,
      })),
    },
    byOutcome: [
      ...outcomes.map(([key, outcome]) => ({
        outcome,
        count: rows.filter((row) => row.outcome === key).length,
      })),
      { outcome: 'No outcome yet', count: rows.filter((row) => row.outcome === null).length },
    ],
  };
}

/**
 * The attendance of the supported families' children, from the attendance service's caseload figures:
 * this school year's level, and before against after support began over equal school time.
 */
export function attendanceFigures(caseload: CaseloadAttendance, supportedFamilies: Set<string | null>) {
  const supported = caseload.children.filter((child) => supportedFamilies.has(child.familyId));
  const record = (child: (typeof supported)[number], label: string): FigureRecord => ({
    familyId: child.familyId,
    familyName: child.familyName,
    on: child.supportStartedOn,
    label: `${child.childName}: ${label}`,
  });
  const bothSides = supported.filter((child) => child.before !== null && child.after !== null);
  const sides = (child: (typeof supported)[number]) =>
    `${child.before}% before support, ${child.after}% since`;
  const changes = bothSides.map((child) => child.change ?? child.after! - child.before!);
  const mean = (list: number[]) =>
    list.length ? Math.round((list.reduce((sum, one) => sum + one, 0) / list.length) * 10) / 10 : null;
  const movement: AttendanceMovement = {
    meanBefore: mean(bothSides.map((child) => child.before!)),
    meanAfter: mean(bothSides.map((child) => child.after!)),
    improved: changes.filter((change) => change > 0).length,
    declined: changes.filter((change) => change < 0).length,
  };
  return {
    records: {
      attendance_children: bothSides.map((child) => record(child, sides(child))),
      attendance_pa_before: bothSides
        .filter((child) => child.before! <= 90)
        .map((child) => record(child, sides(child))),
      attendance_pa_now: supported
        .filter((child) => child.level === 'persistent' || child.level === 'severe')
        .map((child) => record(child, `${child.thisYear?.percent ?? ''}% this school year`)),
      attendance_no_longer_pa: bothSides
        .filter((child) => child.noLongerPersistent)
        .map((child) => record(child, sides(child))),
    },
    meanChange: mean(changes) ?? 0,
    movement,
  };
}
