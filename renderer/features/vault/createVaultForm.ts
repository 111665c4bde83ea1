import { z } from 'zod';
import { createVaultInput } from '../../../shared/vault';

/** The contract's input plus the second typing of the passphrase, which only the form needs. */
export const createVaultForm = createVaultInput
  .extend({ confirmPassphrase: z.string() })
  .refine((values) => values.passphrase === values.confirmPassphrase, {
    path: ['confirmPassphrase'],
    message: 'The two passphrases are not the same. Type it again.',
    // Checked as soon as both are typed, not only once every other field is right.
    when: ({ value }) => {
      const typed = value as { passphrase?: unknown; confirmPassphrase?: unknown };
      return typeof typed.passphrase === 'string' && typeof typed.confirmPassphrase === 'string';
    },
  });
export type CreateVaultFormInput = z.input<typeof createVaultForm>;
export type CreateVaultFormOutput = z.output<typeof createVaultForm>;
