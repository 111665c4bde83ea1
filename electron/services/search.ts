import type { z } from 'zod';
import type { SearchHit, searchInput } from '../../shared/casework';
import type { ServiceDeps } from './deps';

/** Marks around the matched words in a snippet; the renderer turns them into <mark>. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Each word the worker typed must match the start of a word: "dab sup" finds "Dąbrowski ... support". */
export function toFtsQuery(text: string): string | null {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((word) => `"${word}"*`).join(' ') : null;
}

export function search(deps: ServiceDeps, input: z.output<typeof searchInput>): SearchHit[] {
  const query = toFtsQuery(input.text);
  if (!query) return [];
  const rows = deps.db.$client
    .prepare(
      `SELECT r.kind, r.record_id AS recordId, r.family_id AS familyId,
              coalesce(f.family_name, s.organisation) AS familyName,
              coalesce(f.status = 'archived', s.retired_at IS NOT NULL) AS familyArchived,
              search_index.title AS title,
              snippet(search_index, 1, '${MATCH_START}', '${MATCH_END}', '…', 12) AS snippet,
              c.occurred_at AS occurredAt
         FROM search_index
         JOIN search_rows r ON r.id = search_index.rowid
         LEFT JOIN families f ON f.id = r.family_id
         LEFT JOIN services s ON r.kind = 'service' AND s.id = r.record_id
         LEFT JOIN contacts c ON r.kind = 'contact' AND c.id = r.record_id
        WHERE search_index MATCH ?
          AND (f.id IS NOT NULL OR s.id IS NOT NULL)
          AND (? OR (f.status = 'active' AND c.deleted_at IS NULL) OR (s.id IS NOT NULL AND s.retired_at IS NULL))
        ORDER BY rank
        LIMIT ?`,
    )
    .all(query, input.includeArchived ? 1 : 0, input.limit) as (Omit<SearchHit, 'familyArchived'> & {
    familyArchived: number;
    occurredAt: string | null;
  })[];
  return rows.map(({ occurredAt, familyArchived, ...row }) => ({
    ...row,
    familyArchived: familyArchived === 1,
    title: occurredAt ? `${row.title}, ${occurredAt.slice(0, 10)}` : row.title,
  }));
}
