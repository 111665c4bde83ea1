/** A record of labels keyed by the value the contract takes, as the choices of a select or radio group. */
export function choicesOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
