import { DAY, NOW, startOfDay } from './calendar';
import type { Dataset } from './dataset';
import type { Names } from './notes';
import type { Random } from './random';

/** A span of time, in milliseconds since 1970. */
export interface Span {
  from: number;
  to: number;
}

/** What the casework generators need to know about a family, gathered once from its rows. */
export interface CaseworkFamily {
  id: string;
  /** From the day the family's record was opened to the day it was archived, or to the day before NOW. */
  span: Span;
  archived: boolean;
  children: { id: string; firstName: string }[];
  carers: { name: string; word: string; relationship: string }[];
  /** How much work the family takes compared with others: most little, a few a great deal. */
  engagement: number;
  /**
   * When the school worked with the family outside a case: from when the record was opened, for a few months
   * for most, years for a few. Families go quiet, so the vault's daily contacts level off rather than grow.
   */
  involved: Span;
  /** When a case was open: most contacts with the family fall in these. */
  busy: Span[];
}

const MOST_ENGAGED = 6;

/** How engaged a family is, and for how many days the work with them goes on. */
function engagement(random: Random): { engagement: number; days: number } {
  switch (random.weighted({ light: 55, regular: 33, intensive: 12 })) {
    case 'light':
      return { engagement: 0.1 + random.next() * 0.3, days: random.int(30, 180) };
    case 'regular':
      return { engagement: 0.5 + random.next(), days: random.int(90, 450) };
    case 'intensive':
      return { engagement: 2 + random.next() * (MOST_ENGAGED - 2), days: random.int(180, 1100) };
  }
}

/** How a worker writes a carer in a note: Mum and Dad, anyone else by their first name. */
function wordFor(name: string, relationship: string): string {
  if (relationship === 'Mother') return 'Mum';
  if (relationship === 'Father') return 'Dad';
  return name.split(' ')[0]!;
}

export function caseworkFamilies(random: Random, data: Dataset): CaseworkFamily[] {
  const byId = new Map<string, CaseworkFamily>();
  const lastDay = startOfDay(NOW.getTime()) - 1;
  const list = data.families.map((family): CaseworkFamily => {
    const archived = family.status === 'archived';
    const from = startOfDay(Date.parse(family.createdAt));
    const to = archived ? Date.parse(family.archivedAt!) : lastDay;
    const { engagement: level, days } = engagement(random);
    const view: CaseworkFamily = {
      id: family.id,
      span: { from, to },
      archived,
      children: [],
      carers: [],
      engagement: level,
      involved: { from, to: Math.min(to, from + days * DAY) },
      busy: [],
    };
    byId.set(family.id, view);
    return view;
  });
  for (const child of data.children) {
    byId.get(child.familyId)!.children.push({
      id: child.id!,
      firstName: child.preferredName || child.name.split(' ')[0]!,
    });
  }
  for (const carer of data.carers) {
    byId.get(carer.familyId)!.carers.push({
      name: carer.name,
      word: wordFor(carer.name, carer.relationship),
      relationship: carer.relationship,
    });
  }
  return list;
}

/** A family picked with a chance in proportion to how engaged it is. */
export function pickEngaged(random: Random, families: readonly CaseworkFamily[]): CaseworkFamily {
  for (;;) {
    const family = random.pick(families);
    if (random.next() * MOST_ENGAGED < family.engagement) return family;
  }
}

/** The carer a contact is with or a note is about: usually the first, now and then the second. */
export function pickCarer(
  random: Random,
  family: CaseworkFamily,
): CaseworkFamily['carers'][number] | undefined {
  return family.carers.length > 1 && random.chance(0.25) ? family.carers[1] : family.carers[0];
}

/** Names for a note: the child it is about (or one of the family's children) and a carer. */
export function namesFor(random: Random, family: CaseworkFamily, childId?: string): Names {
  const child = family.children.find((c) => c.id === childId) ?? random.pick(family.children);
  return { child: child.firstName, carer: pickCarer(random, family)?.word ?? 'the carer' };
}
