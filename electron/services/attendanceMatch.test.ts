import { describe, expect, it } from 'vitest';
import type { PupilRecord } from '../../shared/attendanceParse';
import { indexChildren, matchPupil, type CaseloadChild } from './attendanceMatch';

const child = (id: string, name: string, dateOfBirth: string, pupilId = ''): CaseloadChild => ({
  id,
  name,
  dateOfBirth,
  pupilId,
  familyName: `${name.split(' ').pop()} family`,
});
const index = indexChildren([
  child('zoe', 'Zoë Dąbrowska', '2016-03-14', 'A123456789012'),
  child('sean', "Seán O'Neill", '2017-02-01'),
  child('amy', 'Amy Smith-Jones', '2015-06-30', 'C111'),
]);
const pupil = (fields: Partial<PupilRecord>): PupilRecord => ({
  row: 2,
  pupilId: '',
  name: '',
  dateOfBirth: null,
  counts: { possible: 0, attended: 0, authorised: 0, unauthorised: 0, excluded: 0 },
  marks: null,
  ...fields,
});

describe('which child a pupil in the file is', () => {
  it('takes the identifier first, whatever the name says', () => {
    expect(matchPupil(pupil({ pupilId: 'A123456789012', name: 'Someone Else' }), index)).toEqual({
      kind: 'identifier',
      childId: 'zoe',
    });
  });

  it('matches name and date of birth with accents, apostrophes, hyphens and word order aside', () => {
    const dob = { dateOfBirth: '2017-02-01' };
    for (const name of ["Sean O'Neill", 'SEAN ONEILL', 'O’Neill Seán', 'Sean O Neill'])
      expect(matchPupil(pupil({ name, ...dob }), index), name).toEqual({ kind: 'name', childId: 'sean' });
    expect(matchPupil(pupil({ name: 'Amy Smith Jones', dateOfBirth: '2015-06-30' }), index)).toEqual({
      kind: 'name',
      childId: 'amy',
    });
  });

  it('does not take the same name with another birth date', () => {
    expect(matchPupil(pupil({ name: "Seán O'Neill", dateOfBirth: '2017-02-02' }), index)).toEqual({
      kind: 'none',
    });
  });

  it('asks when the identifiers differ, or a middle name is given in one place only', () => {
    expect(
      matchPupil(pupil({ pupilId: 'C999', name: 'Amy Smith-Jones', dateOfBirth: '2015-06-30' }), index),
    ).toMatchObject({
      kind: 'uncertain',
      reason: 'The name and date of birth match, but the pupil identifiers differ.',
    });
    expect(
      matchPupil(pupil({ name: "Seán Patrick O'Neill", dateOfBirth: '2017-02-01' }), index),
    ).toMatchObject({
      kind: 'uncertain',
      candidates: [expect.objectContaining({ id: 'sean' })],
    });
  });
});
