import { useSchoolLogo, useSettings } from './queries';

/**
 * The school's logo for the top of printed documents (plans, calendars), or nothing when the school has
 * not set one. Its size is the caller's: give a class that sets a height.
 */
export function SchoolLogo({ className }: { className?: string }) {
  const logo = useSchoolLogo();
  const schoolName = useSettings().data?.schoolName ?? 'School';
  if (!logo.data) return null;
  return <img src={logo.data} alt={`${schoolName} logo`} className={className} />;
}
