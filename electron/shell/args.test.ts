import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgs } from './args';

describe('dataDirFromArgs', () => {
  const cwd = resolve('/home/worker');

  it('reads --data-dir=DIR and --data-dir DIR, resolved against the working folder', () => {
    expect(dataDirFromArgs(['.', '--data-dir=vault'], cwd)).toBe(resolve(cwd, 'vault'));
    expect(dataDirFromArgs(['--data-dir', '/media/usb/vault'], cwd)).toBe(resolve('/media/usb/vault'));
  });

  it('is undefined without one, or with an empty or missing value', () => {
    expect(dataDirFromArgs(['.', '--no-sandbox'], cwd)).toBeUndefined();
    expect(dataDirFromArgs(['--data-dir='], cwd)).toBeUndefined();
    expect(dataDirFromArgs(['--data-dir'], cwd)).toBeUndefined();
    expect(dataDirFromArgs(['--data-dir', '--inspect'], cwd)).toBeUndefined();
  });
});
