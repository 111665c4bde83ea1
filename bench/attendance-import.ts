/**
 * The 570,000-mark import, in a process of its own so its peak memory (the whole process: main thread,
 * the spreadsheet worker, SQLite) is the import's alone. Run by bench/index.ts; prints one line of JSON.
 *
 * A fresh vault with a school's 1,500 pupils on the caseload, each with a UPN, and their year of marks as
 * a school exports it: a title line, a date line, then one column per session ("Tue 02/09/2025 AM").
 * The preview is timed first (it also starts the spreadsheet worker, as the worker's own first look does),
 * then the import, then the same file imported again, which replaces every mark.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attendanceCommitInput, attendancePreviewInput } from '../shared/attendance';
import { isoToUk } from '../shared/dates';
import { sampleChild, sampleFamily } from '../tests/support/sample-family';
import { commitImport, previewImport } from '../electron/services/attendanceImport';
import { createFamily } from '../electron/services/families';
import { setSpreadsheetWorker } from '../electron/spreadsheets/read';
import { vaultPaths } from '../electron/vault/paths';
import { closeSession, createVault } from '../electron/vault/vault';
import { schoolDays, SCHOOL_PUPILS, yearOfMarks } from './attendance';
import { Random } from './random';
import { timedAsync } from './stats';

const seed = Number(process.argv[2] ?? 1);
const migrationsFolder = fileURLToPath(new URL('../electron/db/migrations', import.meta.url));
setSpreadsheetWorker(
  fileURLToPath(new URL('../electron/spreadsheets/worker-from-source.mjs', import.meta.url)),
);

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const upn = (n: number) => `A${String(100_000_000_000 + n)}`;

function exportFile(random: Random): { text: string; marks: number } {
  const days = schoolDays();
  const headings = days.flatMap((iso) => {
    const day = `${weekdays[new Date(iso).getUTCDay()]} ${isoToUk(iso)}`;
    return [`${day} AM`, `${day} PM`];
  });
  const lines = [
    'Attendance marks by session',
    `Date range: ${isoToUk(days[0]!)} - ${isoToUk(days.at(-1)!)}`,
    ['UPN', 'Surname', 'Forename', 'DOB', ...headings].join(','),
  ];
  for (let n = 0; n < SCHOOL_PUPILS; n++)
    lines.push([upn(n), `Pupil${n}`, 'Bench', '01/09/2016', ...yearOfMarks(random, days.length)].join(','));
  return { text: lines.join('\r\n'), marks: SCHOOL_PUPILS * headings.length };
}

const dir = mkdtempSync(join(tmpdir(), 'linkbook-bench-attendance-'));
try {
  const { session } = await createVault(
    {
      paths: vaultPaths(dir),
      migrationsFolder,
      now: () => new Date('2026-07-20T16:00:00Z'),
      // Unlocking is measured elsewhere; a cheap key keeps this process about the import.
      scrypt: { N: 2 ** 14, r: 8, p: 1 },
    },
    'bench passphrase for the attendance import',
    false,
  );
  let id = 0;
  const deps = {
    db: session.db,
    now: () => new Date('2026-07-20T16:00:00Z'),
    newId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
  };
  for (let n = 0; n < SCHOOL_PUPILS; n += 2)
    createFamily(
      deps,
      sampleFamily({
        familyName: `Family ${n}`,
        children: [n, n + 1].map((k) =>
          sampleChild({
            name: `Bench Pupil${k}`,
            preferredName: '',
            pupilId: upn(k),
            dateOfBirth: '2016-09-01',
          }),
        ),
      }),
    );
  const { text, marks } = exportFile(new Random(seed));
  const rssBeforeMb = (process.resourceUsage().maxRSS * 1024) / 1_000_000;
  const file = { fileName: 'marks.csv', dataBase64: Buffer.from(text).toString('base64') };

  const preview = await timedAsync(() => previewImport(deps, attendancePreviewInput.parse(file)));
  const { sheet, shape, check } = preview.result;
  if (check?.matched !== SCHOOL_PUPILS || check.marks !== marks)
    throw new Error(`The preview matched ${check?.matched} pupils and read ${check?.marks} marks.`);
  const input = attendanceCommitInput.parse({
    ...file,
    sheet: sheet.layout.sheet,
    headerRow: sheet.layout.headerRow,
    shape,
    mapping: sheet.layout.mapping,
    confirmations: [],
    skipUnreadable: false,
  });
  const first = await timedAsync(() => commitImport(deps, input));
  const again = await timedAsync(() => commitImport(deps, input));
  if (first.result.marks !== marks || again.result.replaced.length !== 1)
    throw new Error('The import did not read every mark, or the second did not replace the first.');
  closeSession(session);
  console.log(
    JSON.stringify({
      marks,
      columns: sheet.columns.length,
      fileMb: text.length / 1_000_000,
      previewMs: preview.ms,
      importMs: first.ms,
      reimportMs: again.ms,
      // maxRSS is in kibibytes.
      peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1_000_000,
      rssBeforeMb,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
