import { describe, expect, it } from 'vitest';
import { anonymise, relativePhrase, type FamilyDetails } from './returnsAnonymise';

const family: FamilyDetails = {
  familyName: 'Dąbrowski family',
  address: '14 Craigton Road\nGlasgow',
  postcode: 'G51 4TL',
  children: [
    { name: 'Zoë Dąbrowska', preferredName: 'Zo', dateOfBirth: '2016-03-14', pupilId: 'A123456789012' },
    { name: 'Kacper Dąbrowski', preferredName: '', dateOfBirth: '2019-09-02', pupilId: '' },
  ],
  carers: [
    { name: 'Agnieszka Dąbrowska', phone: '07700 900123', email: 'agnieszka@example.com' },
    { name: "Seán O'Neill", phone: '', email: '' },
  ],
  professionals: [
    {
      name: 'Fiona MacLeod',
      role: 'Social worker',
      agency: 'Glasgow HSCP',
      phone: '0141 555 0199',
      email: 'f.macleod@glasgow.example',
    },
  ],
};

const story = `Zoë Dąbrowska (born 14/03/2016, UPN A123456789012) was referred on 4 November 2025 by her class teacher.
Mrs Dąbrowska told me Zo was often late. I visited the family at 14 Craigton Road, Glasgow G51 4TL on 25/11/2025.
Agnieszka's number is 07700 900123 and her email agnieszka@example.com; Seán O'Neill came to the second visit.
Kacper (date of birth 2 September 2019) joined breakfast club. Fiona MacLeod from social work called on 16 Dec 2025.
By March 2026 Zoë's attendance had risen to 94%. Her SCN is 123456789.`;

describe('anonymising a case study', () => {
  const out = anonymise(story, family);

  it('leaves no name, date of birth, address, phone, email or identifier', () => {
    for (const secret of [
      'Zoë',
      'Zo ',
      'Dąbrowsk',
      'Kacper',
      'Agnieszka',
      'Seán',
      "O'Neill",
      'Fiona',
      'MacLeod',
      '14/03/2016',
      '2 September 2019',
      '2016',
      'Craigton',
      'Glasgow G51',
      'G51 4TL',
      '07700',
      '900123',
      '@',
      'A123456789012',
      '123456789',
    ])
      expect(out, secret).not.toContain(secret);
  });

  it('names people by stand-ins and tells dates relative to each other', () => {
    expect(out).toContain(
      'Child A (born [date of birth removed], UPN [identifier removed]) was referred at first',
    );
    expect(out).toContain('Parent 1 told me Child A was often late.');
    expect(out).toContain('[address removed], [address removed] [postcode removed] three weeks later');
    expect(out).toContain(
      "Parent 1's number is [contact detail removed] and her email [email removed]; Parent 2 came",
    );
    expect(out).toContain('Child B (date of birth [date of birth removed]) joined');
    expect(out).toContain('The social worker from social work called three weeks later');
    expect(out).toContain("Two months later Child A's attendance had risen to 94%.");
  });

  it('says how long between dates as a story would', () => {
    expect([0, 1, -1, 5, 21, 90, 800].map(relativePhrase)).toEqual([
      'the same day',
      'the next day',
      'the day before',
      'five days later',
      'three weeks later',
      'three months later',
      'two years later',
    ]);
  });
});
