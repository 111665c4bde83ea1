import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';

const wrapped = z.object({ salt: z.string(), iv: z.string(), ciphertext: z.string(), tag: z.string() });

const keyFile = z.object({
  format: z.literal('linkbook-vault'),
  version: z.literal(1),
  passphrase: wrapped.extend({ kdf: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number() }),
  recovery: wrapped.extend({ kdf: z.literal('hkdf-sha256') }).nullable(),
});
export type KeyFile = z.infer<typeof keyFile>;

export function readKeyFile(path: string): KeyFile | null {
  if (!existsSync(path)) return null;
  const parsed = keyFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error('The vault key file is damaged.');
  return parsed.data;
}

/** Write then rename, with fsyncs, so a power cut leaves either the old slots or the new, never half. */
export function writeKeyFile(path: string, contents: KeyFile): void {
  const temporary = `${path}.new`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(contents, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
