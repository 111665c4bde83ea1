import ExcelJS from 'exceljs';

/**
 * A directory spreadsheet as a school really keeps one: a notes sheet first, a title and a date line above
 * the headings, no "Service" column (each entry is named by its organisation), town names under "Area
 * covered" and free text under "How to refer". Before the shared import steps it imported 0 of 11.
 */
export const UNTIDY_SHEET = 'Services 2025-26';
export const UNTIDY_HEADINGS = [
  'Organisation',
  'What we offer',
  'Who it’s for',
  'How to refer',
  'Contact number',
  'Email',
  'Area covered',
  'Type of support',
  'Last reviewed',
];

/** [organisation, how to refer, area covered] for each of the eleven services. */
export const UNTIDY_SERVICES: [string, string, string][] = [
  ['Craigton Food Larder', 'Parents can phone directly', 'Craigton'],
  ['Fàilte Family Support', 'Via school or GP', 'Govan and Ibrox'],
  ['Riverside Young Carers', 'Ask the school to refer', 'Riverside'],
  ['Siobhán’s Sensory Play', 'Drop in, no referral needed', 'Craigton'],
  ['Dąbrowski Polish Saturday School', 'Ring the office', 'Glasgow-wide'],
  ['Ó Briain Money Advice', 'Either: self or via a professional', 'Govan and Ibrox'],
  ['Nguyễn Language Café', 'Drop in', 'Southside'],
  ['Home-Start Riverside', 'Health visitor or school', 'Riverside'],
  ['Talk Time Helpline', 'Self-referral', 'National'],
  ['Craigton Women’s Aid', 'Phone the helpline, 24 hours', 'Glasgow-wide'],
  ['Govan Toy Library', 'Just turn up on Saturdays', 'Govan and Ibrox'],
];

export async function untidyDirectory(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('Notes');
  notes.addRow(['How to use this list']);
  notes.addRow(['Check each entry once a year and update the date in the last column.']);
  notes.addRow(['Ask Mrs O’Neill before adding a new service.']);
  const sheet = workbook.addWorksheet(UNTIDY_SHEET);
  sheet.addRow(['Riverside Primary – Family Support Directory']);
  sheet.addRow(['Updated 1 September 2025 – 31 August 2026']);
  sheet.addRow([]);
  sheet.addRow(UNTIDY_HEADINGS);
  UNTIDY_SERVICES.forEach(([organisation, route, area], index) => {
    sheet.addRow([
      organisation,
      'Support for families',
      'Families with children at Riverside Primary',
      route,
      `0141 496 ${String(110 + index).padStart(4, '0')}`,
      '',
      area,
      index % 2 === 0 ? 'Food; Healthy' : 'Parenting',
      new Date(Date.UTC(2025, 8, 1 + index)),
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
