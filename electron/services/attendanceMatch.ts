import { nameWords, pupilKey } from '../../shared/attendanceCells';
import type { PupilRecord } from '../../shared/attendanceParse';

/** A child on the caseload, as matching needs them. */
export interface CaseloadChild {
  id: string;
  name: string;
  dateOfBirth: string;
  pupilId: string;
  familyName: string;
}

export type Match =
  | { kind: 'identifier'; childId: string }
  | { kind: 'name'; childId: string }
  | { kind: 'uncertain'; reason: string; candidates: CaseloadChild[] }
  | { kind: 'none' };

/** Words in any order: "Dąbrowska Zoë" without its comma is still Zoë Dąbrowska. */
const wordsKey = (name: string) => [...nameWords(name)].sort().join(' ');

/** One name's words all within the other's, at least two of them: a middle name given in one place only. */
function nearly(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 2 && shorter.every((word) => longer.includes(word));
}

export interface ChildIndex {
  byPupilId: Map<string, CaseloadChild[]>;
  all: (CaseloadChild & { words: string[]; key: string; compact: string; pupil: string })[];
}

export function indexChildren(children: CaseloadChild[]): ChildIndex {
  const byPupilId = new Map<string, CaseloadChild[]>();
  const all = children.map((child) => {
    const pupil = pupilKey(child.pupilId);
    if (pupil) byPupilId.set(pupil, [...(byPupilId.get(pupil) ?? []), child]);
    const words = nameWords(child.name);
    return { ...child, words, key: wordsKey(child.name), compact: words.join(''), pupil };
  });
  return { byPupilId, all };
}

const strip = ({ id, name, dateOfBirth, pupilId, familyName }: CaseloadChild): CaseloadChild => ({
  id,
  name,
  dateOfBirth,
  pupilId,
  familyName,
});

/**
 * Which child on the caseload a pupil in the file is. The identifier (UPN or SCN) decides where both sides
 * have one; otherwise the name and date of birth must agree. Anything short of that is put to the worker,
 * never guessed: the wrong child's attendance would mislead everyone who reads it.
 */
export function matchPupil(pupil: PupilRecord, index: ChildIndex): Match {
  if (pupil.pupilId) {
    const found = index.byPupilId.get(pupil.pupilId) ?? [];
    if (found.length === 1) return { kind: 'identifier', childId: found[0]!.id };
    if (found.length > 1)
      return {
        kind: 'uncertain',
        reason: 'More than one child in Linkbook has this pupil identifier.',
        candidates: found.map(strip),
      };
  }
  const words = nameWords(pupil.name);
  if (words.length === 0) return { kind: 'none' };
  const key = [...words].sort().join(' ');
  // Spacing aside too: "O Neill" in one system is "O'Neill" in another.
  const compact = words.join('');
  const sameName = index.all.filter((child) => child.key === key || child.compact === compact);
  if (pupil.dateOfBirth === null) {
    return sameName.length > 0
      ? {
          kind: 'uncertain',
          reason: 'The name matches, but the file has no date of birth to check it against.',
          candidates: sameName.map(strip),
        }
      : { kind: 'none' };
  }
  const exact = sameName.filter((child) => child.dateOfBirth === pupil.dateOfBirth);
  const otherId = (child: { pupil: string }) =>
    pupil.pupilId !== '' && child.pupil !== '' && child.pupil !== pupil.pupilId;
  if (exact.length === 1 && !otherId(exact[0]!)) return { kind: 'name', childId: exact[0]!.id };
  if (exact.length === 1)
    return {
      kind: 'uncertain',
      reason: 'The name and date of birth match, but the pupil identifiers differ.',
      candidates: exact.map(strip),
    };
  if (exact.length > 1)
    return {
      kind: 'uncertain',
      reason: 'More than one child in Linkbook has this name and date of birth.',
      candidates: exact.map(strip),
    };
  const close = index.all.filter(
    (child) => child.dateOfBirth === pupil.dateOfBirth && nearly(child.words, words),
  );
  if (close.length > 0)
    return {
      kind: 'uncertain',
      reason: 'The date of birth matches and the names are nearly the same.',
      candidates: close.map(strip),
    };
  return { kind: 'none' };
}
