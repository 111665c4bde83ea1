import { z } from 'zod';
import type { Input } from '../../../../shared/api';
import { referralFields } from '../../../../shared/casework';
import { familyFields } from '../../../../shared/families';
import { blankFamily, type FamilyFormValues } from '../../families/familyFormValues';
import { todayIso } from '../../families/dates';

type ReferralValues = z.input<typeof referralFields>;

/**
 * The referral form holds a whole new family at its root (so the family form's own fields work unchanged)
 * beside the choice of an existing family, and the referral itself under `referral`.
 */
export interface ReferralFormValues extends FamilyFormValues {
  familyKind: 'existing' | 'new';
  familyId: string;
  childId: string;
  /** Which of the new family's children, as the index of a radio button ("0", "1"…). */
  childIndex: string;
  referral: ReferralValues;
}

const existingFamily = z.object({
  familyKind: z.literal('existing'),
  familyId: z.string().min(1, 'Choose the family, or choose “A family not yet in Linkbook”.'),
  childId: z.string().min(1, 'Choose the child this referral is for.'),
  referral: referralFields,
});

const newFamily = z
  .object({
    familyKind: z.literal('new'),
    ...familyFields.shape,
    childIndex: z.string().min(1, 'Choose which child this referral is for.'),
    referral: referralFields,
  })
  .superRefine((values, context) => {
    if (values.childIndex && Number(values.childIndex) >= values.children.length) {
      context.addIssue({
        code: 'custom',
        path: ['childIndex'],
        message: 'Choose which child this referral is for.',
      });
    }
  });

export const referralFormSchema = z.discriminatedUnion('familyKind', [existingFamily, newFamily]);
export type ReferralFormOutput = z.output<typeof referralFormSchema>;

export function blankReferralForm(familyId?: string): ReferralFormValues {
  return {
    ...blankFamily(),
    familyKind: 'existing',
    familyId: familyId ?? '',
    childId: '',
    childIndex: '',
    referral: {
      receivedOn: todayIso(),
      referrerName: '',
      referrerRole: '' as ReferralValues['referrerRole'],
      concerns: '',
      triedSoFar: '',
      hopedOutcome: '',
      consentGiven: false,
      consentOn: '',
      consentBy: '',
    },
  };
}

/** The one call that saves the referral, and the new family with it when there is one. */
export function toCreateReferral(values: ReferralFormOutput): Input<'referrals.create'> {
  if (values.familyKind === 'existing') {
    return {
      family: { kind: 'existing', familyId: values.familyId, childId: values.childId },
      referral: values.referral,
    };
  }
  const { familyName, address, postcode, carers, children } = values;
  return {
    family: {
      kind: 'new',
      family: { familyName, address, postcode, carers, children },
      childIndex: Number(values.childIndex),
    },
    referral: values.referral,
  };
}

/** The server's field paths ("family.family.carers.0.name") as this form names its fields. */
export function referralFieldName(path: string): string {
  return path.replace(/^family\.family\./, '').replace(/^family\.(childIndex|childId|familyId)$/, '$1');
}
