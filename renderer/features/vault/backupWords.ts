import { backupReasons, type Backup } from '../../../shared/vault';
import { sizeInWords } from '../casework/documents/attachForm';
import { momentOf } from '../families/dates';

/** "Tue 24 Nov 2026, 09:14": when a backup was taken, on this laptop's clock. */
export const backupWhen = (backup: Backup) => momentOf(backup.takenAt);

/** "Daily backup" */
export const backupWhy = (backup: Backup) => backupReasons[backup.reason];

export const backupSize = (backup: Backup) => sizeInWords(backup.bytes);
