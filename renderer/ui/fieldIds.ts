/**
 * The element id of a form field, from its react-hook-form name ("children.0.dateOfBirth"), so the error
 * summary can link to any field without each form keeping its own list of ids.
 */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`;
}

/** The ids a field's hint and error get, and the aria-describedby that points at whichever are shown. */
export function describedBy(id: string, hasHint: boolean, error: string | undefined) {
  const hintId = hasHint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}
