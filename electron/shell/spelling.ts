import type { Session } from 'electron';

/**
 * British spelling where Electron's own spell checker is used (Windows and Linux; macOS uses the
 * system's, which follows the worker's settings). Best effort: a missing dictionary is not an error.
 */
export function preferBritishSpelling(session: Session): void {
  try {
    if (session.availableSpellCheckerLanguages.includes('en-GB')) session.setSpellCheckerLanguages(['en-GB']);
  } catch {
    // Spelling suggestions stay in the default language.
  }
}
