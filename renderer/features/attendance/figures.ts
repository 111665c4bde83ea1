/** "87.5%", or a dash said in words when there is no figure. */
export const percentText = (percent: number | null) => (percent === null ? 'No figure' : `${percent}%`);

/** A change in percentage points, signed, so "up" and "down" do not rest on colour. */
export function pointsText(points: number | null): string {
  if (points === null) return 'No figure';
  if (points === 0) return 'No change';
  const size = Math.abs(points);
  return `${points > 0 ? 'Up' : 'Down'} ${size} ${size === 1 ? 'point' : 'points'}`;
}

export const sessions = (count: number) => `${count} ${count === 1 ? 'session' : 'sessions'}`;
