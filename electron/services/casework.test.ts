import { beforeEach, describe, expect, it } from 'vitest';
import { chronologyInput, searchInput } from '../../shared/casework';
import { ApiFailure } from '../../shared/errors';
import { sampleFamily } from '../../tests/support/sample-family';
import { vaultPerTest } from '../../tests/support/temp-vault';
import type { Session } from '../vault/vault';
import { addAttachment, deleteAttachment, getAttachment, listAttachments } from './attachments';
import { listCases, setCaseStatus } from './cases';
import { familyChronology } from './chronology';
import { addAddendum, listConcerns, recordConcern } from './concerns';
import { completeNextStep, createContact, deleteContact, listContacts, updateContact } from './contacts';
import { dashboard } from './dashboard';
import type { ServiceDeps } from './deps';
import { getFamily, setFamilyArchived } from './families';
import { createReferral, decideReferral, listReferrals } from './referrals';
import { search } from './search';

let session: Session;
let deps: ServiceDeps;
let clock: Date;

const vault = vaultPerTest();
beforeEach(async () => {
  session = vault.session;
  clock = new Date('2026-11-23T09:00:00'); // a Monday
  deps = { db: session.db, now: () => clock, newId: () => crypto.randomUUID() };
});

const referral = {
  receivedOn: '2026-11-02',
  referrerName: 'Mrs Okafor',
  referrerRole: 'Class teacher' as const,
  concerns: 'Zoë is often late and hungry.',
  triedSoFar: 'Breakfast club place offered.',
  hopedOutcome: 'Zoë arrives on time.',
  consentGiven: true,
  consentOn: '2026-11-01',
  consentBy: 'Agnieszka Dąbrowska',
};
const newFamilyReferral = () =>
  createReferral(deps, { family: { kind: 'new', family: sampleFamily(), childIndex: 0 }, referral });
const contact = (familyId: string, overrides: Partial<Parameters<typeof createContact>[1]> = {}) =>
  createContact(deps, {
    familyId,
    occurredAt: '2026-11-20T09:30',
    durationMinutes: 45,
    type: 'Home visit',
    childIds: [],
    present: 'Mum',
    summary: 'Talked about the morning routine and the breakfast club.',
    nextStep: '',
    nextStepDue: '',
    ...overrides,
  });
const concern = (familyId: string, passed = false) =>
  recordConcern(deps, {
    familyId,
    childId: null,
    occurredAt: '2026-11-21T08:50',
    whatHappened: 'Zoë said "Dad threw a plate last night."',
    actionTaken: 'Listened and reassured her.',
    passedToDsl: passed
      ? { passedAt: '2026-11-21T09:05', passedHow: 'In person', dslName: 'Mr Campbell' }
      : null,
  });

describe('requests for assistance', () => {
  it('creates a new family and its referral together, for the child chosen', () => {
    const { familyId, referralId } = newFamilyReferral();
    const family = getFamily(deps, familyId);
    expect(family.children).toHaveLength(2);
    expect(listReferrals(deps, familyId)).toMatchObject([
      { id: referralId, childId: family.children[0]!.id, decision: 'pending', caseId: null },
    ]);
  });

  it('writes neither the family nor the referral when the referral cannot be saved', () => {
    const before = session.sqlite.prepare('SELECT count(*) AS n FROM families').get();
    expect(() =>
      createReferral(deps, { family: { kind: 'new', family: sampleFamily(), childIndex: 5 }, referral }),
    ).toThrow(ApiFailure);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM families').get()).toEqual(before);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('opens a case when accepted, and is decided only once', () => {
    const { familyId, referralId } = newFamilyReferral();
    const { caseId } = decideReferral(deps, {
      id: referralId,
      decision: 'accepted',
      decidedOn: '2026-11-03',
      reason: '',
      signpostedTo: '',
    });
    expect(listCases(deps, familyId)).toMatchObject([
      { id: caseId, status: 'open', openedOn: '2026-11-03', referralId },
    ]);
    expect(() =>
      decideReferral(deps, {
        id: referralId,
        decision: 'declined',
        decidedOn: '2026-11-04',
        reason: 'x',
        signpostedTo: '',
      }),
    ).toThrow(/already accepted/);
  });

  it('opens no case when signposted or declined, and keeps the reason', () => {
    const { familyId, referralId } = newFamilyReferral();
    expect(
      decideReferral(deps, {
        id: referralId,
        decision: 'signposted',
        decidedOn: '2026-11-03',
        reason: 'Food is the need.',
        signpostedTo: 'Govan Food Bank',
      }),
    ).toEqual({ caseId: null });
    expect(listCases(deps, familyId)).toEqual([]);
    expect(listReferrals(deps, familyId)[0]).toMatchObject({
      decision: 'signposted',
      signpostedTo: 'Govan Food Bank',
    });
  });
});

describe('cases', () => {
  it('moves through active and monitoring to closed, recording each change', () => {
    const { familyId, referralId } = newFamilyReferral();
    const { caseId } = decideReferral(deps, {
      id: referralId,
      decision: 'accepted',
      decidedOn: '2026-11-03',
      reason: '',
      signpostedTo: '',
    });
    const change = (status: 'active' | 'monitoring' | 'closed', on: string, extra = {}) =>
      setCaseStatus(deps, { id: caseId!, status, on, note: '', closeReason: '', outcome: '', ...extra });
    change('active', '2026-11-05');
    change('monitoring', '2026-11-15');
    expect(() => change('monitoring', '2026-11-16')).toThrow(/already monitoring/);
    expect(() => change('active', '2026-10-01')).toThrow(/before the day it opened/);
    change('closed', '2026-11-20', {
      closeReason: 'Goals met',
      outcome: 'On time every day for three weeks.',
    });
    expect(listCases(deps, familyId)[0]).toMatchObject({
      status: 'closed',
      closedOn: '2026-11-20',
      closeReason: 'Goals met',
    });
    const titles = familyChronology(deps, chronologyInput.parse({ familyId, kinds: ['case'] })).map(
      (entry) => entry.title,
    );
    expect(titles).toEqual(['Case opened', 'Case now active', 'Case now monitoring', 'Case closed']);
  });
});

describe('safeguarding concerns', () => {
  it('cannot be changed or deleted, even by SQL: only added to', () => {
    const { familyId } = newFamilyReferral();
    const { id } = concern(familyId);
    const before = session.sqlite.prepare('SELECT * FROM concerns WHERE id = ?').get(id);
    expect(() =>
      session.sqlite.prepare(`UPDATE concerns SET what_happened = 'softened' WHERE id = ?`).run(id),
    ).toThrow(/cannot be changed/);
    expect(() => session.sqlite.prepare('DELETE FROM concerns WHERE id = ?').run(id)).toThrow(
      /cannot be deleted/,
    );
    expect(session.sqlite.prepare('SELECT * FROM concerns WHERE id = ?').get(id)).toEqual(before);

    const note = addAddendum(deps, { concernId: id, kind: 'note', text: 'Settled in class by 10:00.' });
    expect(() =>
      session.sqlite.prepare(`UPDATE concern_addenda SET text = '' WHERE id = ?`).run(note.id),
    ).toThrow(/cannot be changed/);
  });

  it('is flagged until passed to the DSL and then resolved by an addendum', () => {
    const { familyId } = newFamilyReferral();
    const { id } = concern(familyId);
    expect(dashboard(deps).concernsNotPassed).toMatchObject([{ concernId: id, familyId }]);
    clock = new Date('2026-11-23T10:00:00');
    addAddendum(deps, {
      concernId: id,
      kind: 'passed_to_dsl',
      text: '',
      passedAt: '2026-11-23T09:55',
      passedHow: 'Phone call',
      dslName: 'Mr Campbell',
    });
    addAddendum(deps, {
      concernId: id,
      kind: 'dsl_decision',
      text: 'Referred to social work; monitor in school.',
    });
    expect(dashboard(deps).concernsNotPassed).toEqual([]);
    expect(listConcerns(deps, familyId)[0]).toMatchObject({ passedToDsl: true, resolved: false });
    addAddendum(deps, { concernId: id, kind: 'resolved', text: 'Social work closed; family safe.' });
    expect(listConcerns(deps, familyId)[0]).toMatchObject({ resolved: true });
    expect(() => addAddendum(deps, { concernId: id, kind: 'resolved', text: 'again' })).toThrow(
      /already marked resolved/,
    );
    const audit = session.sqlite
      .prepare(`SELECT action, table_name AS t FROM audit_log WHERE table_name LIKE 'concern%'`)
      .all();
    expect(audit).toHaveLength(4);
  });
});

describe('the chronology', () => {
  it('tells the story in date order, filterable by kind and by child', () => {
    const { familyId, referralId } = newFamilyReferral();
    const [zoe, kacper] = getFamily(deps, familyId).children;
    decideReferral(deps, {
      id: referralId,
      decision: 'accepted',
      decidedOn: '2026-11-03',
      reason: 'Clear need.',
      signpostedTo: '',
    });
    contact(familyId, {
      occurredAt: '2026-11-10T15:00',
      type: 'Phone call',
      childIds: [kacper!.id],
      summary: 'Kacper’s asthma.',
    });
    contact(familyId, { occurredAt: '2026-11-05T09:00', childIds: [zoe!.id] });
    concern(familyId, true);
    const all = familyChronology(deps, chronologyInput.parse({ familyId }));
    expect(all.map((entry) => [entry.at, entry.kind])).toEqual([
      ['2026-11-02T00:00', 'referral'],
      ['2026-11-03T00:00', 'decision'],
      ['2026-11-03T00:00', 'case'],
      ['2026-11-05T09:00', 'contact'],
      ['2026-11-10T15:00', 'contact'],
      ['2026-11-21T08:50', 'concern'],
      ['2026-11-21T09:05', 'addendum'],
    ]);
    expect(all[0]).toMatchObject({ source: 'Mrs Okafor (Class teacher)', childNames: ['Zo'] });
    const forKacper = familyChronology(deps, chronologyInput.parse({ familyId, childId: kacper!.id }));
    expect(forKacper.map((entry) => entry.title)).toEqual(['Phone call (45 min)']);
    const contactsOnly = familyChronology(deps, chronologyInput.parse({ familyId, kinds: ['contact'] }));
    expect(contactsOnly).toHaveLength(2);
  });
});

describe('contacts and follow-ups', () => {
  it('refuses a contact or a concern dated after today, writing nothing', () => {
    const { familyId } = newFamilyReferral();
    expect(() => contact(familyId, { occurredAt: '2026-11-24T09:00' })).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          fields: { occurredAt: expect.stringMatching(/cannot be after today.*next step/) },
        }),
      }),
    );
    expect(() =>
      recordConcern(deps, {
        familyId,
        childId: null,
        occurredAt: '2027-01-05T10:00',
        whatHappened: 'Seen.',
        actionTaken: 'Told the DSL.',
        passedToDsl: null,
      }),
    ).toThrow(/cannot be after today/);
    expect(listContacts(deps, familyId)).toEqual([]);
    expect(listConcerns(deps, familyId)).toEqual([]);
    // Later the same day is still today.
    expect(contact(familyId, { occurredAt: '2026-11-23T16:00' }).id).toBeTruthy();
  });

  it('lists next steps due this week on the dashboard, overdue first, until done', () => {
    const { familyId } = newFamilyReferral();
    const late = contact(familyId, { nextStep: 'Send the breakfast club form', nextStepDue: '2026-11-20' });
    contact(familyId, { nextStep: 'Phone mum', nextStepDue: '2026-11-27' });
    contact(familyId, { nextStep: 'Review in January', nextStepDue: '2027-01-10' });
    expect(dashboard(deps).followUps.map((item) => [item.nextStep, item.overdue])).toEqual([
      ['Send the breakfast club form', true],
      ['Phone mum', false],
    ]);
    completeNextStep(deps, late.id);
    expect(dashboard(deps).followUps.map((item) => item.nextStep)).toEqual(['Phone mum']);
  });

  it('looks a rolling week ahead: on a Saturday, Monday’s follow-up is already there', () => {
    const { familyId } = newFamilyReferral();
    contact(familyId, { nextStep: 'Phone mum', nextStepDue: '2026-11-30' });
    contact(familyId, { nextStep: 'Check the uniform grant', nextStepDue: '2026-12-06' });
    contact(familyId, { nextStep: 'Review in January', nextStepDue: '2027-01-10' });
    clock = new Date('2026-11-28T10:00:00'); // a Saturday
    expect(dashboard(deps).followUps.map((item) => [item.nextStep, item.due])).toEqual([
      ['Phone mum', '2026-11-30'],
    ]);
    clock = new Date('2026-11-29T10:00:00');
    expect(dashboard(deps).followUps.map((item) => item.nextStep)).toEqual([
      'Phone mum',
      'Check the uniform grant',
    ]);
  });

  it('shows open cases with no contact in four weeks', () => {
    const { familyId, referralId } = newFamilyReferral();
    decideReferral(deps, {
      id: referralId,
      decision: 'accepted',
      decidedOn: '2026-10-01',
      reason: '',
      signpostedTo: '',
    });
    expect(dashboard(deps).quietCases).toMatchObject([{ familyId, lastContactOn: null }]);
    contact(familyId, { occurredAt: '2026-10-20T10:00' });
    expect(dashboard(deps).quietCases).toMatchObject([{ lastContactOn: '2026-10-20' }]);
    contact(familyId, { occurredAt: '2026-11-20T10:00' });
    expect(dashboard(deps).quietCases).toEqual([]);
    expect(dashboard(deps).caseCounts).toEqual({ open: 1, active: 0, monitoring: 0, closed: 0 });
  });

  it('refuses children from another family, and edits keep the contact’s place', () => {
    const first = newFamilyReferral();
    const second = newFamilyReferral();
    const stranger = getFamily(deps, second.familyId).children[0]!.id;
    expect(() => contact(first.familyId, { childIds: [stranger] })).toThrow(/not in this family/);
    const { id } = contact(first.familyId);
    updateContact(deps, { ...listContacts(deps, first.familyId)[0]!, id, summary: 'Corrected summary.' });
    expect(listContacts(deps, first.familyId)).toMatchObject([{ id, summary: 'Corrected summary.' }]);
  });
});

describe('search', () => {
  const find = (text: string, includeArchived = false) =>
    search(deps, searchInput.parse({ text, includeArchived })).map((hit) => [hit.kind, hit.familyName]);

  it('finds names and words inside summaries and concerns, ignoring case and accents, by partial words', () => {
    const { familyId } = newFamilyReferral();
    contact(familyId, { summary: 'Discussed the Ukulele group and bedtime routine.' });
    concern(familyId);
    expect(find('dabrowska')).toEqual(
      expect.arrayContaining([
        ['carer', 'Dąbrowski family'],
        ['child', 'Dąbrowski family'],
      ]),
    );
    expect(find('ukul')).toEqual([['contact', 'Dąbrowski family']]);
    expect(find('PLATE')).toEqual([['concern', 'Dąbrowski family']]);
    expect(find('ZOE')).toContainEqual(['child', 'Dąbrowski family']);
    expect(find('bedtime ukulele')).toHaveLength(1);
    expect(find('bedtime zebra')).toEqual([]);
    expect(find('"); DROP TABLE families; --')).toEqual([]);
  });

  it('leaves out deleted contacts and archived families unless asked', () => {
    const { familyId } = newFamilyReferral();
    const { id } = contact(familyId, { summary: 'Mentioned the xylophone lessons.' });
    deleteContact(deps, id);
    expect(find('xylophone')).toEqual([]);
    expect(find('xylophone', true)).toHaveLength(1);
    setFamilyArchived(deps, familyId, true);
    expect(find('dabrowska')).toEqual([]);
    expect(find('dabrowska', true).length).toBeGreaterThan(0);
  });

  it('follows edits: a renamed child is found by the new name only', () => {
    const { familyId } = newFamilyReferral();
    const { id } = contact(familyId, { summary: 'Spoke about swimming.' });
    updateContact(deps, { ...listContacts(deps, familyId)[0]!, id, summary: 'Spoke about football.' });
    expect(find('swimming')).toEqual([]);
    expect(find('football')).toHaveLength(1);
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF');

  it('stores a file inside the vault, gives it back, and wipes it on delete', () => {
    const { familyId } = newFamilyReferral();
    const info = addAttachment(deps, {
      familyId,
      contactId: null,
      fileName: 'consent.pdf',
      mediaType: 'application/pdf',
      dataBase64: pdf.toString('base64'),
    });
    expect(listAttachments(deps, familyId)).toEqual([info]);
    expect(Buffer.from(getAttachment(deps, info.id).dataBase64, 'base64').equals(pdf)).toBe(true);
    deleteAttachment(deps, info.id);
    expect(listAttachments(deps, familyId)).toEqual([]);
    expect(session.sqlite.prepare('SELECT length(data) AS n FROM attachments').get()).toEqual({ n: 0 });
  });

  it('checks the file really is the type it claims', () => {
    const { familyId } = newFamilyReferral();
    const fake = Buffer.from('MZ this is a program').toString('base64');
    expect(() =>
      addAttachment(deps, {
        familyId,
        contactId: null,
        fileName: 'letter.pdf',
        mediaType: 'application/pdf',
        dataBase64: fake,
      }),
    ).toThrow(/not a real PDF/);
    expect(session.sqlite.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
  });
});
