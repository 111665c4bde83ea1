import type { CarerInput, ChildFlag, ChildInput } from '../shared/families';
import { foldForSearch } from '../shared/text';
import { backgrounds, shortNames, type Background } from './names';
import { address } from './places';
import type { Random } from './random';

/** One synthetic household, shaped like the form's input so it reads like what a worker would type. */
export interface Household {
  familyName: string;
  address: string;
  postcode: string;
  carers: CarerInput[];
  children: ChildInput[];
}

type Sex = 'female' | 'male';

/** The school year the data is set in: fixed, so dates of birth do not drift with the day the bench runs. */
export const SCHOOL_YEAR_STARTS = 2026;

// Nursery (age 3–4) to Year 11 (age 15–16): index 0 is Nursery, 1 Reception, 2 Year 1 and so on.
const yearGroupNames = [
  'Nursery',
  'Reception',
  ...Array.from({ length: 11 }, (_, i) => `Year ${i + 1}`),
] as const;

/** Rough shares of each kind of household, giving about 1.7 carers per family. */
const households = {
  twoParents: 45,
  parentsWithOwnSurnames: 15,
  mother: 23,
  father: 4,
  blended: 8,
  kinship: 3,
  foster: 1.5,
};

const backgroundWeights = Object.fromEntries(
  Object.entries(backgrounds).map(([key, bg]) => [key, bg.weight]),
);

function anyBackground(random: Random): Background {
  return backgrounds[random.weighted(backgroundWeights)]!;
}

/** "Dąbrowski/Dąbrowska" is Dąbrowski for a man or boy, Dąbrowska for a woman or girl. */
function surnameFor(surname: string, sex: Sex): string {
  const [masculine, feminine] = surname.split('/');
  return (sex === 'female' ? feminine : undefined) ?? masculine!;
}

function firstName(random: Random, bg: Background, sex: Sex): string {
  return random.pick(sex === 'female' ? bg.girls : bg.boys);
}

function otherSurname(random: Random, bg: Background, not: string): string {
  const choices = bg.surnames.filter((surname) => surname !== not);
  return choices.length ? random.pick(choices) : not;
}

function phone(random: Random): string {
  // Ofcom keeps 07700 900000–900999 for drama: numbers that belong to no one.
  return random.chance(0.9) ? `07700 900${random.digits(3)}` : '';
}

function email(random: Random, name: string): string {
  if (!random.chance(0.55)) return '';
  const local = foldForSearch(name)
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  return `${local}@${random.pick(['example.com', 'example.org', 'example.net'])}`;
}

function carer(
  random: Random,
  bg: Background,
  name: string,
  relationship: CarerInput['relationship'],
  parentalResponsibility: boolean,
): CarerInput {
  const preferredLanguage = random.chance(0.7) ? bg.languages[0]! : random.pick(bg.languages);
  return {
    name,
    relationship,
    phone: phone(random),
    email: email(random, name),
    preferredLanguage,
    interpreterNeeded: preferredLanguage !== 'English' && random.chance(0.2),
    parentalResponsibility,
  };
}

/** A mother's surname as written: often her husband's, in some backgrounds often her own (Begum, Kaur). */
function mothersSurname(random: Random, bg: Background, familySurname: string): string {
  return bg.mothersOwn && random.chance(0.7) ? random.pick(bg.mothersOwn) : familySurname;
}

/** Carers for the household, and in a blended family the partner's surname, which the youngest may carry. */
function carersOf(
  random: Random,
  bg: Background,
  surname: string,
): { carers: CarerInput[]; partner?: string } {
  const adult = (sex: Sex, from: Background, family: string) =>
    `${firstName(random, from, sex)} ${surnameFor(family, sex)}`;
  const mother = (name: string) => carer(random, bg, name, 'Mother', true);
  const father = (name: string) => carer(random, bg, name, 'Father', true);
  switch (random.weighted(households)) {
    case 'twoParents':
      return {
        carers: [
          mother(adult('female', bg, mothersSurname(random, bg, surname))),
          father(adult('male', bg, surname)),
        ],
      };
    case 'parentsWithOwnSurnames':
      return {
        carers: [
          mother(adult('female', bg, otherSurname(random, bg, surname))),
          father(adult('male', bg, surname)),
        ],
      };
    case 'mother':
      return { carers: [mother(adult('female', bg, mothersSurname(random, bg, surname)))] };
    case 'father':
      return { carers: [father(adult('male', bg, surname))] };
    case 'blended': {
      const theirs = anyBackground(random);
      const partner = random.pick(theirs.surnames);
      const relationship = random.chance(0.5) ? 'Step-parent' : "Parent's partner";
      return {
        carers: [
          mother(adult('female', bg, surname)),
          carer(random, theirs, adult('male', theirs, partner), relationship, false),
        ],
        partner,
      };
    }
    case 'kinship': {
      const sex: Sex = random.chance(0.75) ? 'female' : 'male';
      const family = random.chance(0.5) ? surname : otherSurname(random, bg, surname);
      const relationship = random.chance(0.7) ? 'Grandparent' : 'Aunt or uncle';
      return { carers: [carer(random, bg, adult(sex, bg, family), relationship, random.chance(0.5))] };
    }
    case 'foster': {
      const theirs = anyBackground(random);
      const family = random.pick(theirs.surnames);
      const sexes: Sex[] = random.chance(0.5) ? ['female', 'male'] : ['female'];
      return {
        carers: sexes.map((sex) => carer(random, theirs, adult(sex, theirs, family), 'Foster carer', false)),
      };
    }
  }
}

/** A date in the school year of that year group, so age and year group agree (born 1 September to 31 August). */
function dateOfBirth(random: Random, yearIndex: number): string {
  const cohortStarts = SCHOOL_YEAR_STARTS - 4 - yearIndex;
  const day = new Date(Date.UTC(cohortStarts, 8, 1) + random.int(0, 364) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

const SIBLING_GAP_DAYS = 300;

/**
 * Year groups and dates of birth for the children, oldest first: siblings at least ten months apart, except
 * twins, who share a date of birth.
 */
function births(random: Random, childCount: number): { yearIndex: number; dateOfBirth: string }[] {
  const chosen: { yearIndex: number; dateOfBirth: string }[] = [];
  const farEnough = (date: string) =>
    chosen.every(
      (other) => Math.abs(Date.parse(date) - Date.parse(other.dateOfBirth)) >= SIBLING_GAP_DAYS * 86_400_000,
    );
  while (chosen.length < childCount) {
    const previous = chosen[chosen.length - 1];
    if (previous && random.chance(0.03)) {
      chosen.push(previous);
      continue;
    }
    const yearIndex = random.int(0, yearGroupNames.length - 1);
    const date = dateOfBirth(random, yearIndex);
    if (farEnough(date)) chosen.push({ yearIndex, dateOfBirth: date });
  }
  return chosen.sort((a, b) => a.dateOfBirth.localeCompare(b.dateOfBirth));
}

function classOf(random: Random, yearIndex: number): string {
  const short = yearIndex === 0 ? 'N' : yearIndex === 1 ? 'R' : String(yearIndex - 1);
  return short + random.pick(['A', 'B', 'C']);
}

function pupilId(random: Random): string {
  // England's UPN shape: a letter and twelve digits; a child who has just arrived may not have one yet.
  return random.chance(0.97) ? random.pick([...'ABCDEFGHJKLMNPQRTUVWXYZ']) + random.digits(12) : '';
}

/** Rates close to published figures for UK schools; some needs are shared by the whole household. */
function flagsFor(
  random: Random,
  bg: Background,
  household: Record<'fsm' | 'cp' | 'foster', boolean>,
): Record<ChildFlag, boolean> {
  return {
    childProtection: household.cp,
    careExperienced: household.foster || random.chance(0.005),
    youngCarer: random.chance(0.025),
    additionalSupportNeeds: random.chance(0.16),
    englishAdditionalLanguage: random.chance(bg.languages[0] === 'English' ? 0.01 : 0.55),
    freeSchoolMeals: household.fsm,
    attendanceConcern: random.chance(0.14),
  };
}

export function makeHousehold(random: Random, childCount: number): Household {
  const bg = anyBackground(random);
  const surname = random.pick(bg.surnames);
  const { carers, partner } = carersOf(random, bg, surname);
  const fostered = carers[0]?.relationship === 'Foster carer';
  const household = { fsm: random.chance(0.22), cp: random.chance(0.012), foster: fostered };
  // No child shares a first name with a sibling or a carer, as in a real family.
  const usedNames = new Set(carers.map((carer) => carer.name.split(' ')[0]));
  const children = births(random, childCount).map(({ yearIndex, dateOfBirth }, i): ChildInput => {
    const sex: Sex = random.chance(0.5) ? 'female' : 'male';
    let first = firstName(random, bg, sex);
    for (let tries = 0; usedNames.has(first) && tries < 10; tries++) first = firstName(random, bg, sex);
    usedNames.add(first);
    // In a blended family the youngest may be the new partner's child, with their surname.
    const own = partner && i === childCount - 1 && childCount > 1 && random.chance(0.5) ? partner : surname;
    const short = shortNames[first];
    return {
      name: `${first} ${surnameFor(own, sex)}`,
      preferredName: short && random.chance(0.5) ? short : '',
      dateOfBirth,
      yearGroup: yearGroupNames[yearIndex]!,
      className: classOf(random, yearIndex),
      pupilId: pupilId(random),
      ...flagsFor(random, bg, household),
    };
  });
  return { familyName: `${surnameFor(surname, 'male')} family`, ...address(random), carers, children };
}
