import { addDays, format, parseISO } from 'date-fns';
import ExcelJS from 'exceljs';
import { eventKinds } from '../../shared/calendar';
import { caseStatusLabels, contactTypes, type CaseStatus } from '../../shared/casework';
import { isoToUk } from '../../shared/dates';
import type { ExportedFile } from '../../shared/returns';
import { indicators, type Indicator } from '../../shared/wellbeing';
import { caseloadAttendance } from './attendance';
import { occurrencesBetween } from './calendar';
import type { ServiceDeps } from './deps';
import { getSettings } from './settings';

const minutesBetween = (start: string, end: string) => {
  const [sh, sm] = start.split(':').map(Number) as [number, number];
  const [eh, em] = end.split(':').map(Number) as [number, number];
  return eh * 60 + em - (sh * 60 + sm);
};
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

async function workbookFile(workbook: ExcelJS.Workbook, fileName: string): Promise<ExportedFile> {
  return { fileName, dataBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}

function heading(sheet: ExcelJS.Worksheet, lines: string[]) {
  for (const line of lines) sheet.addRow([line]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([]);
}

/**
 * The weekly activity tracker: for the week starting `monday`, the time and count of each kind of contact
 * (from the chronology) and of each kind of parental-involvement event held (from the calendar).
 */
export async function weeklyTracker(deps: ServiceDeps, monday: string): Promise<ExportedFile> {
  const sunday = format(addDays(parseISO(monday), 6), 'yyyy-MM-dd');
  const contacts = deps.db.$client
    .prepare(
      `SELECT c.type, count(*) AS n, sum(c.duration_minutes) AS minutes
         FROM contacts c JOIN families f ON f.id = c.family_id
        WHERE f.status = 'active' AND c.deleted_at IS NULL AND c.occurred_at >= ? AND c.occurred_at < ?
        GROUP BY c.type`,
    )
    .all(monday, `${sunday}T~`) as { type: string; n: number; minutes: number }[];
  const events = occurrencesBetween(deps, monday, sunday).filter((one) => one.status !== 'cancelled');
  const settings = getSettings(deps.db);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linkbook';
  const sheet = workbook.addWorksheet('Week');
  sheet.columns = [{ width: 44 }, { width: 12 }, { width: 12 }];
  heading(sheet, [
    `Weekly activity tracker: ${settings.schoolName}`,
    `Week beginning ${isoToUk(monday)} to ${isoToUk(sunday)}, ${settings.workerName}`,
    'Confidential',
  ]);
  sheet.addRow(['Activity', 'Count', 'Hours']).font = { bold: true };
  let [totalCount, totalMinutes] = [0, 0];
  for (const type of contactTypes) {
    const row = contacts.find((one) => one.type === type);
    sheet.addRow([type, row?.n ?? 0, hours(row?.minutes ?? 0)]);
    totalCount += row?.n ?? 0;
    totalMinutes += row?.minutes ?? 0;
  }
  for (const [kind, label] of Object.entries(eventKinds)) {
    const held = events.filter((one) => one.kind === kind);
    const minutes = held.reduce((sum, one) => sum + minutesBetween(one.startTime, one.endTime), 0);
    sheet.addRow([`Event: ${label}`, held.length, hours(minutes)]);
    totalCount += held.length;
    totalMinutes += minutes;
  }
  sheet.addRow(['Total', totalCount, hours(totalMinutes)]).font = { bold: true };
  return workbookFile(workbook, `Weekly activity ${monday}.xlsx`);
}

interface OpenCaseRow {
  caseId: string;
  familyId: string;
  familyName: string;
  status: CaseStatus;
  openedOn: string;
  receivedOn: string | null;
  referrerRole: string | null;
  lastContact: string | null;
}

/**
 * The caseload tracker: one row per open case, with its referral's date and source, the needs of the family's
 * agreed plans, their next review, the last contact, this year's attendance of each child, and the status.
 */
export async function caseloadTracker(deps: ServiceDeps): Promise<ExportedFile> {
  const rows = deps.db.$client
    .prepare(
      `SELECT c.id AS caseId, c.family_id AS familyId, f.family_name AS familyName, c.status, c.opened_on AS openedOn,
              r.received_on AS receivedOn, r.referrer_role AS referrerRole,
              (SELECT max(substr(occurred_at, 1, 10)) FROM contacts WHERE family_id = c.family_id
                  AND deleted_at IS NULL) AS lastContact
         FROM cases c JOIN families f ON f.id = c.family_id
         LEFT JOIN referrals r ON r.id = c.referral_id
        WHERE c.status != 'closed' AND f.status = 'active'
        ORDER BY f.search_text, c.opened_on`,
    )
    .all() as OpenCaseRow[];
  const plans = deps.db.$client
    .prepare(
      `SELECT p.family_id AS familyId, v.review_on AS reviewOn, n.indicator
         FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN plan_needs n ON n.version_id = v.id
        WHERE v.status = 'final'`,
    )
    .all() as { familyId: string; reviewOn: string | null; indicator: Indicator }[];
  const attendance = caseloadAttendance(deps).children;
  const settings = getSettings(deps.db);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Linkbook';
  const sheet = workbook.addWorksheet('Caseload');
  sheet.columns = [24, 14, 24, 40, 14, 14, 36, 12].map((width) => ({ width }));
  heading(sheet, [
    `Caseload tracker: ${settings.schoolName}`,
    `Open cases on ${isoToUk(format(deps.now(), 'yyyy-MM-dd'))}, ${settings.workerName}`,
    'Confidential: holds names. Keep inside the school.',
  ]);
  sheet.addRow([
    'Family',
    'Referred on',
    'Referred by',
    'Needs (agreed plans)',
    'Plan review',
    'Last contact',
    'Attendance this year',
    'Status',
  ]).font = { bold: true };
  for (const row of rows) {
    const own = plans.filter((plan) => plan.familyId === row.familyId);
    const needs = [...new Set(own.map((plan) => indicators[plan.indicator] ?? plan.indicator))].join(', ');
    const review = own
      .map((plan) => plan.reviewOn)
      .filter((on): on is string => on !== null)
      .sort()[0];
    const children = attendance
      .filter((child) => child.familyId === row.familyId && child.thisYear?.percent != null)
      .map((child) => `${child.childName} ${child.thisYear!.percent}%`)
      .join(', ');
    sheet.addRow([
      row.familyName,
      isoToUk(row.receivedOn ?? row.openedOn),
      row.referrerRole ?? 'Opened without a referral',
      needs,
      review ? isoToUk(review) : '',
      row.lastContact ? isoToUk(row.lastContact) : 'None yet',
      children,
      caseStatusLabels[row.status],
    ]);
  }
  return workbookFile(workbook, `Caseload tracker ${format(deps.now(), 'yyyy-MM-dd')}.xlsx`);
}
