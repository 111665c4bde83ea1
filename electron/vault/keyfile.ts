import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileDurably } from './files';
import { parseJsonFile } from './json-file';
import type { VaultPaths } from './paths';

const wrapped = z.object({ salt: z.string(), iv: z.string(), ciphertext: z.string(), tag: z.string() });

export const keyFileSchema = z.object({
  format: z.literal('linkbook-vault'),
  version: z.literal(1),
  passphrase: wrapped.extend({ kdf: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number() }),
  recovery: wrapped.extend({ kdf: z.literal('hkdf-sha256') }).nullable(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** The key file cannot be read; `copyReadable` says whether the second copy beside it can stand in. */
export class KeyFileDamagedError extends Error {
  constructor(readonly copyReadable: boolean) {
    super('The vault key file is damaged.');
    this.name = 'KeyFileDamagedError';
  }
}

/** The parsed file, null when there is none, or 'damaged' when it is there but not a key file. */
export function parseKeyFile(path: string): KeyFile | null | 'damaged' {
  return parseJsonFile(path, keyFileSchema);
}

/** A key file that cannot be parsed refuses to guess: the worker is told and offered the copy. */
export function readKeyFile(path: string): KeyFile | null {
  const parsed = parseKeyFile(path);
  if (parsed === 'damaged') throw new KeyFileDamagedError(false);
  return parsed;
}

/** The vault's key file; a missing or damaged one is an error that says whether the copy can replace it. */
export function readVaultKeys(paths: VaultPaths): KeyFile {
  const main = parseKeyFile(paths.keys);
  if (main !== null && main !== 'damaged') return main;
  const copy = parseKeyFile(paths.keysCopy);
  throw new KeyFileDamagedError(copy !== null && copy !== 'damaged');
}

/** Written, then read back and compared: a key file that does not say exactly what was meant is no key file. */
export function writeKeyFile(path: string, contents: KeyFile): void {
  const text = JSON.stringify(contents, null, 2);
  writeFileDurably(path, text);
  if (readFileSync(path, 'utf8') !== text) throw new Error('The key file did not read back as written.');
}

/** The live key file and its verified copy, the live one first: a kill between them leaves one good file. */
export function writeVaultKeys(paths: VaultPaths, contents: KeyFile): void {
  writeKeyFile(paths.keys, contents);
  writeKeyFile(paths.keysCopy, contents);
}

/**
 * One key file copied over another as the text it is, once it reads as a key file. Re-serialising the parsed
 * file would reorder its fields, so the two would never again compare equal and every start would rewrite one.
 */
function copyKeyFileText(from: string, to: string): void {
  const text = readFileSync(from, 'utf8');
  writeFileDurably(to, text);
  if (readFileSync(to, 'utf8') !== text) throw new Error('The key file did not read back as written.');
}

/** The copy takes the damaged file's place (the worker chose this after being told). */
export function restoreKeyFileFromCopy(paths: VaultPaths): void {
  const copy = parseKeyFile(paths.keysCopy);
  if (copy === null || copy === 'damaged') throw new KeyFileDamagedError(false);
  copyKeyFileText(paths.keysCopy, paths.keys);
}

/** At start: a live key file whose copy is missing or stale (a kill came between the two writes) is copied. */
export function syncKeyFileCopy(paths: VaultPaths): void {
  const main = parseKeyFile(paths.keys);
  if (main === null || main === 'damaged') return;
  const copy = existsSync(paths.keysCopy) ? readFileSync(paths.keysCopy, 'utf8') : null;
  if (copy !== readFileSync(paths.keys, 'utf8')) copyKeyFileText(paths.keys, paths.keysCopy);
}
