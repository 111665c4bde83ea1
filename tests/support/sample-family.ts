import type { ChildInput, FamilyInput } from '../../shared/families';

const noFlags = {
  freeSchoolMeals: false,
  additionalSupportNeeds: false,
  englishAdditionalLanguage: false,
  careExperienced: false,
  youngCarer: false,
  childProtection: false,
  attendanceConcern: false,
};

export function sampleChild(overrides: Partial<ChildInput> = {}): ChildInput {
  return {
    name: 'Zoë Dąbrowska',
    preferredName: 'Zo',
    dateOfBirth: '2016-03-14',
    yearGroup: 'Year 5',
    className: '5M',
    pupilId: 'A123456789012',
    ...noFlags,
    ...overrides,
  };
}

export function sampleFamily(overrides: Partial<FamilyInput> = {}): FamilyInput {
  return {
    familyName: 'Dąbrowski family',
    address: '14 Craigton Road\nGlasgow',
    postcode: 'G51 4TL',
    carers: [
      {
        name: 'Agnieszka Dąbrowska',
        relationship: 'Mother',
        phone: '07700 900123',
        email: 'agnieszka@example.com',
        preferredLanguage: 'Polish',
        interpreterNeeded: true,
        parentalResponsibility: true,
      },
      {
        name: "Seán O'Neill",
        relationship: "Parent's partner",
        phone: '',
        email: '',
        preferredLanguage: 'English',
        interpreterNeeded: false,
        parentalResponsibility: false,
      },
    ],
    children: [
      sampleChild(),
      sampleChild({
        name: 'Kacper Dąbrowski',
        preferredName: '',
        dateOfBirth: '2019-09-02',
        yearGroup: 'Year 2',
        freeSchoolMeals: true,
      }),
    ],
    ...overrides,
  };
}
