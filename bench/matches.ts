import type { Db } from '../electron/db/connection';
import { toFtsQuery } from '../electron/services/search';

/**
 * How many records in the whole index match, archived families' included: the search returns only the best
 * 30, so this is what shows how selective each query is.
 */
export function matchesInIndex(db: Db, text: string): number {
  const row = db.$client
    .prepare('SELECT count(*) AS n FROM search_index WHERE search_index MATCH ?')
    .get(toFtsQuery(text)) as { n: number };
  return row.n;
}
