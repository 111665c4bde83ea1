import { MIN_PASSPHRASE_LENGTH } from '../../../shared/vault';

/** The contract's rule, in the words shown beside every new-passphrase field. */
export const PASSPHRASE_RULE = `At least ${MIN_PASSPHRASE_LENGTH} characters, or four words. Four ordinary words you will remember are both strong and easy to type.`;
