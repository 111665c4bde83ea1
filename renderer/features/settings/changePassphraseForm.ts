import { z } from 'zod';
import { changePassphraseInput } from '../../../shared/vault';

/** The contract's input plus the second typing of the new passphrase, which only the form needs. */
export const changePassphraseForm = changePassphraseInput
  .extend({ confirmNext: z.string() })
  .refine((values) => values.next === values.confirmNext, {
    path: ['confirmNext'],
    message: 'The two new passphrases are not the same. Type it again.',
    when: ({ value }) => {
      const typed = value as { next?: unknown; confirmNext?: unknown };
      return typeof typed.next === 'string' && typeof typed.confirmNext === 'string';
    },
  });
export type ChangePassphraseFormValues = z.input<typeof changePassphraseForm>;
