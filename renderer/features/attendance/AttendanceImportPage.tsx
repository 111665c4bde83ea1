import {
  MAX_ATTENDANCE_FILE_BYTES,
  type AttendancePreview,
  type AttendanceReport,
} from '../../../shared/attendance';
import { call } from '../../api/client';
import { ImportWizard } from '../../ui/import/ImportWizard';
import { AttendanceCheckStep } from './AttendanceCheckStep';
import { AttendanceImportReport } from './AttendanceImportReport';
import { AttendanceMapStep } from './AttendanceMapStep';
import './attendance.css';

/**
 * /attendance/import: the school's MIS export (totals per pupil, or register marks) through the shared
 * import steps. A layout imported before comes straight to the check, so next term it is one click.
 */
export function AttendanceImportPage() {
  return (
    <ImportWizard<AttendancePreview, AttendanceReport>
      title="Import attendance"
      back={{ to: '/attendance', label: 'Back to attendance' }}
      intro={
        <p>
          Choose the attendance export from the school’s management information system (SIMS, Arbor, Bromcom,
          ScholarPack or SEEMiS) as it is: totals for each pupil over a date range, or register marks. Only
          children on the caseload are kept; other pupils are counted and nothing else.
        </p>
      }
      maxBytes={MAX_ATTENDANCE_FILE_BYTES}
      read={(upload, choice) => call('attendance.previewImport', { ...upload, ...choice })}
      sheetView={(preview) => preview.sheet}
      ready={(preview) => preview.sheet.remembered && preview.check !== null}
      mapTitle="the shape of the export, its columns and dates"
      map={(step) => <AttendanceMapStep {...step} />}
      check={(step) => <AttendanceCheckStep {...step} />}
      report={(step) => <AttendanceImportReport {...step} />}
    />
  );
}
