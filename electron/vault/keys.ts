import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt } from 'node:crypto';

/**
 * The database key is 32 random bytes that never change for the life of the vault. It is stored only wrapped
 * (AES-256-GCM) by keys derived from the worker's passphrase and from the recovery key, as disk-encryption
 * tools do: changing the passphrase re-wraps one small slot instead of re-encrypting every page, and either
 * secret opens the vault.
 */
export const DATABASE_KEY_BYTES = 32;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
/** Memory-hard (128 MiB, about half a second here) so that guessing passphrases offline is slow. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export interface WrappedKey {
  salt: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

export function newDatabaseKey(): Buffer {
  return randomBytes(DATABASE_KEY_BYTES);
}

export function keyFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const normalised = passphrase.normalize('NFKC');
  return new Promise((resolve, reject) => {
    scrypt(normalised, salt, 32, { ...params, maxmem: 128 * params.N * params.r * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** The recovery key is already 256 random bits, so a fast derivation is enough. */
export function keyFromRecoveryKey(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, 'linkbook recovery slot', 32));
}

export function wrapKey(wrappingKey: Buffer, databaseKey: Buffer, salt: Buffer, slot: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(slot));
  const ciphertext = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  return {
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Null when the wrapping key is wrong: GCM's tag check fails, so no guess reaches the database. */
export function unwrapKey(wrappingKey: Buffer, wrapped: WrappedKey, slot: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(slot));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

// Crockford's base32: no I, L, O or U, so a key read aloud or copied by hand is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function formatRecoveryKey(bytes: Buffer): string {
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let chars = '';
  for (let i = 0; i < bits.length; i += 5)
    chars += ALPHABET[parseInt(bits.slice(i, i + 5).padEnd(5, '0'), 2)];
  return chars.match(/.{1,4}/g)!.join('-');
}

export function parseRecoveryKey(text: string): Buffer | null {
  const chars = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const expected = Math.ceil((DATABASE_KEY_BYTES * 8) / 5);
  if (chars.length !== expected) return null;
  let bits = '';
  for (const char of chars) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = Buffer.alloc(DATABASE_KEY_BYTES);
  for (let i = 0; i < DATABASE_KEY_BYTES; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return bytes;
}

export function newRecoveryKey(): Buffer {
  return randomBytes(DATABASE_KEY_BYTES);
}
