/**
 * "+2 higher", "−1 lower", "Same": a move on the web in words that survive black-and-white print. Higher
 * is better on every indicator, but the same words also serve two people's views of one day, where
 * "better" would not be true.
 */
export function changeInWords(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'Cannot compare (not scored)';
  const change = after - before;
  if (change > 0) return `+${change} higher`;
  if (change < 0) return `\u2212${-change} lower`;
  return 'Same';
}

export type Direction = 'improved' | 'same' | 'worse';

export function directionOf(change: number | null): Direction | null {
  if (change === null) return null;
  return change > 0 ? 'improved' : change < 0 ? 'worse' : 'same';
}
