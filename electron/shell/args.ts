import { resolve } from 'node:path';

/**
 * The vault folder given on the command line, as `--data-dir=DIR` or `--data-dir DIR`, resolved against
 * the working folder; undefined when none was given. Chromium's own switches in argv are ignored.
 */
export function dataDirFromArgs(argv: readonly string[], cwd: string = process.cwd()): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    let value: string | undefined;
    if (arg.startsWith('--data-dir=')) value = arg.slice('--data-dir='.length);
    else if (arg === '--data-dir') value = argv[index + 1];
    if (value !== undefined && value !== '' && !value.startsWith('--')) return resolve(cwd, value);
  }
  return undefined;
}
