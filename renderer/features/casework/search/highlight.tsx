import type { ReactNode } from 'react';
import type { SearchHit } from '../../../../shared/casework';
import { isoToDisplay } from '../../../../shared/dates';
import { foldForSearch } from '../../../../shared/text';

const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

/**
 * A snippet as the server gives it, with the matched words between \u0002 and \u0003, drawn with <mark>.
 * It is only ever text: nothing in a record can become HTML.
 */
export function Snippet({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let from = 0;
  while (from < text.length) {
    const start = text.indexOf(MATCH_START, from);
    const end = start < 0 ? -1 : text.indexOf(MATCH_END, start + 1);
    if (start < 0 || end < 0) break;
    if (start > from) parts.push(text.slice(from, start));
    parts.push(<mark key={start}>{text.slice(start + 1, end)}</mark>);
    from = end + 1;
  }
  // A snippet cut mid-match leaves a lone marker; it is dropped rather than drawn as a box.
  parts.push(text.slice(from).split(MATCH_START).join('').split(MATCH_END).join(''));
  return <>{parts}</>;
}

/** The searched-for words, folded as the server folds them ("dąb" finds "Dabrowski"). */
export function searchWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(foldForSearch);
}

/** Marks each word of a title that starts with one of the searched-for words, as the server matched it. */
export function MarkWords({ text, words }: { text: string; words: string[] }) {
  const pieces = text.split(/([\p{L}\p{N}]+)/u);
  return (
    <>
      {pieces.map((piece, index) => {
        const folded = foldForSearch(piece);
        return index % 2 === 1 && words.some((word) => folded.startsWith(word)) ? (
          <mark key={index}>{piece}</mark>
        ) : (
          piece
        );
      })}
    </>
  );
}

export const hitKinds: Record<SearchHit['kind'], string> = {
  family: 'Family',
  child: 'Child',
  carer: 'Carer',
  professional: 'Professional',
  contact: 'Contact',
  concern: 'Safeguarding concern',
  addendum: 'Addition to a concern',
  service: 'Service',
};

/** A contact's title ends with its ISO date ("Home visit, 2026-11-24"): shown the way lists show dates. */
export function hitTitle(hit: SearchHit): string {
  return hit.title.replace(/(\d{4}-\d{2}-\d{2})$/, (iso) => isoToDisplay(iso));
}

/** Records that belong in the story (contacts, concerns) open the family's chronology; the rest its overview. */
export function hitPath(hit: SearchHit): string {
  if (hit.kind === 'service') return `/directory/${hit.recordId}`;
  const tab =
    hit.kind === 'contact' || hit.kind === 'concern' || hit.kind === 'addendum' ? 'chronology' : 'overview';
  return `/families/${hit.familyId}/${tab}`;
}
