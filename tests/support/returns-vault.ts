import { contactFields, type referrerRoles } from '../../shared/casework';
import { serviceInput } from '../../shared/directory';
import { indicatorKeys, type Indicator } from '../../shared/wellbeing';
import {
  cases,
  planNeeds,
  plans,
  planReviews,
  planTargets,
  planVersions,
  referrals,
} from '../../electron/db/schema';
import { changeOccurrence, recordAttendance, saveEvent } from '../../electron/services/calendar';
import { createContact, deleteContact } from '../../electron/services/contacts';
import type { ServiceDeps } from '../../electron/services/deps';
import { saveService } from '../../electron/services/directory';
import { createFamily, getFamily, setFamilyArchived } from '../../electron/services/families';
import { updateSettings } from '../../electron/services/settings';
import { createSignpost, recordSignpostOutcome } from '../../electron/services/signposts';
import { recordAssessment } from '../../electron/services/wellbeing';
import { sampleChild, sampleFamily } from './sample-family';
import { sampleService } from './sample-service';

/**
 * The period every returns test reports on, and the days either side of it: each kind of record below sits on
 * the first and last day and the day before and after, so a boundary off by one changes a figure.
 */
export const PERIOD = { from: '2026-09-01', to: '2026-10-31', name: 'Autumn term 2026' };
const [BEFORE, FIRST, LAST, AFTER] = ['2026-08-31', '2026-09-01', '2026-10-31', '2026-11-01'];

type Deps = ServiceDeps;

function family(deps: Deps, familyName: string, childNames: string[] = ['Amira', 'Yusuf']) {
  const { id } = createFamily(
    deps,
    sampleFamily({
      familyName,
      children: childNames.map((name, index) =>
        sampleChild({ name: `${name} ${familyName}`, preferredName: '', pupilId: `${familyName}${index}` }),
      ),
    }),
  );
  return getFamily(deps, id);
}

function openCase(
  deps: Deps,
  familyId: string,
  openedOn: string,
  closedOn: string | null = null,
  reason = '',
) {
  const at = deps.now().toISOString();
  deps.db
    .insert(cases)
    .values({
      id: deps.newId(),
      familyId,
      status: closedOn ? 'closed' : 'active',
      openedOn,
      closedOn,
      closeReason: reason,
      outcome: closedOn ? 'Support ended.' : '',
      createdAt: at,
      updatedAt: at,
    })
    .run();
}

function referral(
  deps: Deps,
  familyId: string,
  receivedOn: string,
  referrerRole: (typeof referrerRoles)[number],
  decision: 'pending' | 'accepted' | 'signposted' | 'declined',
) {
  const at = deps.now().toISOString();
  deps.db
    .insert(referrals)
    .values({
      id: deps.newId(),
      familyId,
      receivedOn,
      referrerName: 'Mrs Okafor',
      referrerRole,
      concerns: 'Often late.',
      consentGiven: false,
      decision,
      createdAt: at,
      updatedAt: at,
    })
    .run();
}

function contact(deps: Deps, familyId: string, occurredAt: string, type: string, durationMinutes: number) {
  return createContact(
    deps,
    contactFields.parse({
      familyId,
      occurredAt,
      durationMinutes,
      type,
      childIds: [],
      present: 'Mum',
      summary: 'Talked about mornings.',
      nextStep: '',
      nextStepDue: '',
    }),
  ).id;
}

function event(deps: Deps, title: string, on: string) {
  return saveEvent(deps, {
    title,
    kind: 'coffee_morning',
    location: 'School hall',
    startTime: '09:00',
    endTime: '10:30',
    description: '',
    repeats: 'none',
    weekdays: [],
    nth: 0,
    fromDate: on,
    untilDate: on,
    skipHolidays: false,
  }).id;
}

function web(
  deps: Deps,
  childId: string,
  assessedOn: string,
  score: number,
  scale: 10 | 5 = 10,
  overrides: Partial<Record<Indicator, number | null>> = {},
) {
  recordAssessment(deps, {
    childId,
    scale,
    assessedOn,
    scoredBy: 'practitioner',
    scores: Object.fromEntries(
      indicatorKeys.map((key) => {
        const value = key in overrides ? overrides[key]! : score;
        return [key, { score: value, skippedReason: value === null ? 'Not discussed' : '', note: '' }];
      }),
    ) as Parameters<typeof recordAssessment>[1]['scores'],
  });
}

/** A plan whose first version was agreed at `agreedAt` (an instant) and, if given, reviewed on a day. */
function plan(
  deps: Deps,
  familyId: string,
  agreedAt: string,
  review: { on: string; targets: ('achieved' | 'in_progress')[] } | null,
) {
  const at = deps.now().toISOString();
  const planId = deps.newId();
  const versionId = deps.newId();
  const needId = deps.newId();
  deps.db.insert(plans).values({ id: planId, familyId, createdAt: at }).run();
  deps.db
    .insert(planVersions)
    .values({
      id: versionId,
      planId,
      number: 1,
      status: review ? 'reviewed' : 'final',
      reviewOn: '2026-12-01',
      finalisedAt: agreedAt,
      createdAt: at,
    })
    .run();
  deps.db
    .insert(planNeeds)
    .values({ id: needId, versionId, position: 0, indicator: 'safe', outcome: 'Safe', support: 'Visits' })
    .run();
  (review?.targets ?? []).forEach((progress, position) =>
    deps.db
      .insert(planTargets)
      .values({ id: deps.newId(), needId, position, description: `Target ${position + 1}`, progress })
      .run(),
  );
  if (review)
    deps.db
      .insert(planReviews)
      .values({ versionId, reviewedOn: review.on, summary: 'Reviewed.', createdAt: at })
      .run();
  return { planId, versionId };
}

/**
 * A small vault built by hand, whose every figure for PERIOD was counted by hand (see returns.test.ts). The
 * families' names say what their cases do: Ahmed opens on the first day, Byrne closes the day before, and so on.
 */
export function buildReturnsVault(deps: Deps) {
  updateSettings(deps, { schoolName: 'Craigton Primary', workerName: 'Aisha Rahman' });

  const ahmed = family(deps, 'Ahmed', ['Amira', 'Yusuf', 'Idris']);
  const byrne = family(deps, 'Byrne');
  const chen = family(deps, 'Chen');
  const dabrowski = family(deps, 'Dąbrowski', ['Zoë']);
  const evans = family(deps, 'Evans');
  const farah = family(deps, 'Farah');
  const grant = family(deps, "O'Grant");
  const hughes = family(deps, 'Hughes');
  const iqbal = family(deps, 'Iqbal');

  openCase(deps, ahmed.id, FIRST);
  openCase(deps, byrne.id, '2026-03-01', BEFORE, 'Needs met');
  openCase(deps, chen.id, '2026-05-01', FIRST, 'Needs met');
  openCase(deps, dabrowski.id, LAST);
  openCase(deps, evans.id, AFTER);
  openCase(deps, farah.id, '2026-06-01', LAST, 'needs met');
  openCase(deps, farah.id, '2026-10-20');
  openCase(deps, grant.id, '2026-04-01', AFTER, 'Moved away');
  openCase(deps, hughes.id, '2026-09-10');
  openCase(deps, iqbal.id, '2026-02-01', '2026-10-15', 'Family disengaged');

  referral(deps, ahmed.id, BEFORE, 'Class teacher', 'accepted');
  referral(deps, ahmed.id, FIRST, 'Class teacher', 'accepted');
  referral(deps, chen.id, '2026-09-15', 'Health', 'signposted');
  referral(deps, dabrowski.id, LAST, 'Parent or self', 'pending');
  referral(deps, farah.id, '2026-10-10', 'Class teacher', 'declined');
  referral(deps, evans.id, AFTER, 'Social work', 'pending');
  referral(deps, hughes.id, '2026-09-10', 'Social work', 'accepted');

  contact(deps, ahmed.id, `${BEFORE}T23:30`, 'Home visit', 60);
  contact(deps, ahmed.id, `${FIRST}T00:00`, 'Home visit', 90);
  contact(deps, ahmed.id, `${LAST}T23:59`, 'Phone call', 15);
  contact(deps, ahmed.id, `${AFTER}T00:00`, 'Home visit', 30);
  contact(deps, ahmed.id, '2026-10-05T08:40', 'Visit with no answer', 10);
  deleteContact(deps, contact(deps, ahmed.id, '2026-10-06T10:00', 'Home visit', 45));
  contact(deps, chen.id, '2026-10-07T13:00', 'Group session', 120);
  contact(deps, hughes.id, '2026-09-20T10:00', 'Home visit', 60);

  // Carers: A and B are the Ahmeds', C the Chens', D the Dąbrowskis'.
  const [a, b] = ahmed.carers.map((carer) => carer.id) as [string, string];
  const c = chen.carers[0]!.id;
  const d = dabrowski.carers[0]!.id;
  const came = (eventId: string, on: string, carerIds: string[], othersCount: number) =>
    recordAttendance(deps, { eventId, originalDate: on, carerIds, othersCount });
  came(event(deps, 'Coffee morning', BEFORE), BEFORE, [a], 4);
  came(event(deps, 'Coffee morning', FIRST), FIRST, [a, b], 3);
  came(event(deps, 'Coffee morning', LAST), LAST, [b, c], 2);
  came(event(deps, 'Coffee morning', AFTER), AFTER, [d], 5);
  const cancelled = event(deps, 'Craft club', '2026-10-10');
  changeOccurrence(deps, { change: 'cancel', eventId: cancelled, originalDate: '2026-10-10' });
  const movedIn = event(deps, 'Parent group', '2026-11-05');
  changeOccurrence(deps, {
    change: 'move',
    eventId: movedIn,
    originalDate: '2026-11-05',
    date: '2026-10-25',
    startTime: '09:00',
    endTime: '10:00',
  });
  came(movedIn, '2026-11-05', [c], 1);

  const [amira, yusuf, idris] = ahmed.children.map((child) => child.id) as [string, string, string];
  const [chenOne, chenTwo] = chen.children.map((child) => child.id) as [string, string];
  web(deps, amira, BEFORE, 5, 10, { achieving: null });
  web(deps, amira, LAST, 6);
  web(deps, yusuf, '2026-06-01', 5);
  web(deps, yusuf, FIRST, 5, 10, { safe: 4 });
  web(deps, idris, '2026-09-15', 7);
  web(deps, chenOne, '2026-05-01', 5);
  web(deps, chenOne, '2026-10-01', 6);
  web(deps, chenOne, AFTER, 7);
  web(deps, dabrowski.children[0]!.id, '2026-03-01', 3, 5);
  web(deps, dabrowski.children[0]!.id, '2026-10-10', 6);
  web(deps, chenTwo, '2026-04-01', 5);
  web(deps, chenTwo, BEFORE, 6);

  // Agreed at instants either side of midnight in the UK: 22:30 UTC on 31/08 is 23:30 there (BST).
  plan(deps, ahmed.id, '2026-08-31T22:30:00.000Z', { on: FIRST, targets: ['achieved', 'in_progress'] });
  plan(deps, chen.id, '2026-08-31T23:30:00.000Z', { on: LAST, targets: ['achieved', 'achieved'] });
  plan(deps, farah.id, '2026-10-31T12:00:00.000Z', { on: AFTER, targets: ['achieved'] });
  plan(deps, iqbal.id, '2026-11-01T00:30:00.000Z', { on: BEFORE, targets: ['achieved'] });

  const service = saveService(deps, serviceInput.parse(sampleService())).id;
  const signpost = (familyId: string, on: string) =>
    createSignpost(deps, { familyId, serviceId: service, kind: 'signpost', on, note: '' }).id;
  signpost(ahmed.id, BEFORE);
  recordSignpostOutcome(deps, { id: signpost(ahmed.id, FIRST), outcome: 'engaged', on: LAST, note: '' });
  signpost(chen.id, LAST);
  recordSignpostOutcome(deps, {
    id: signpost(farah.id, '2026-10-02'),
    outcome: 'did_not_engage',
    on: '2026-10-20',
    note: '',
  });
  recordSignpostOutcome(deps, { id: signpost(farah.id, AFTER), outcome: 'waiting', on: AFTER, note: '' });

  setFamilyArchived(deps, hughes.id, true);
  return { ahmed, chen, dabrowski, farah, service };
}
