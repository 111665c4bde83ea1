import type { z } from 'zod';
import {
  carerInput,
  childFlagKeys,
  childInput,
  type CarerInput,
  type ChildFlag,
  type ChildInput,
  type Family,
  type familyFields,
} from '../../../shared/families';

export type FamilyFormValues = z.input<typeof familyFields>;

export function blankCarer(): CarerInput {
  return {
    name: '',
    // Nothing is chosen until the worker chooses: the contract refuses "" with "Choose how they are related".
    relationship: '' as CarerInput['relationship'],
    phone: '',
    email: '',
    preferredLanguage: '',
    interpreterNeeded: false,
    parentalResponsibility: false,
  };
}

export function blankChild(): ChildInput {
  const noFlags = Object.fromEntries(childFlagKeys.map((flag) => [flag, false])) as Record<
    ChildFlag,
    boolean
  >;
  return {
    name: '',
    preferredName: '',
    dateOfBirth: '',
    yearGroup: '',
    className: '',
    pupilId: '',
    ...noFlags,
  };
}

export function blankFamily(): FamilyFormValues {
  return { familyName: '', address: '', postcode: '', carers: [blankCarer()], children: [blankChild()] };
}

function pick<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
}
const carerKeys = Object.keys(carerInput.shape) as (keyof CarerInput)[];
const childKeys = Object.keys(childInput.shape) as (keyof ChildInput)[];

/**
 * A saved family as the form edits it: only the fields the contract accepts (it refuses any other), with
 * each carer's and child's id kept, so saving updates those rows instead of replacing them.
 */
export function toFormValues(family: Family): FamilyFormValues {
  return {
    familyName: family.familyName,
    address: family.address,
    postcode: family.postcode,
    carers: family.carers.map((carer) => pick(carer, carerKeys)),
    children: family.children.map((child) => pick(child, childKeys)),
  };
}
