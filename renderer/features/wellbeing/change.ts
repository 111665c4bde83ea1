/** "+2 better", "−1 worse", "No change": a move on the web, in words that survive black-and-white print. */
export function changeInWords(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'Cannot compare (not scored)';
  const change = after - before;
  if (change > 0) return `+${change} better`;
  if (change < 0) return `\u2212${-change} worse`;
  return 'No change';
}

export type Direction = 'improved' | 'same' | 'worse';

export function directionOf(change: number | null): Direction | null {
  if (change === null) return null;
  return change > 0 ? 'improved' : change < 0 ? 'worse' : 'same';
}
