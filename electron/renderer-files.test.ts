import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentType, rendererFile } from './renderer-files';

describe('rendererFile, which picks the file app://linkbook/ and browser mode serve', () => {
  const parent = mkdtempSync(join(tmpdir(), 'linkbook-renderer-'));
  const root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'export {}');
  writeFileSync(join(parent, 'secret.txt'), 'outside the renderer');
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('serves files that exist', () => {
    expect(rendererFile(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(rendererFile(root, '/index.html')).toBe(join(root, 'index.html'));
  });

  it("gives the single-page app's routes index.html", () => {
    expect(rendererFile(root, '/')).toBe(join(root, 'index.html'));
    expect(rendererFile(root, '/families/0b6f3c1e-2d4a')).toBe(join(root, 'index.html'));
    expect(rendererFile(root, '/assets')).toBe(join(root, 'index.html'));
  });

  it('answers 404 for a missing file with an extension, rather than the app', () => {
    expect(rendererFile(root, '/assets/missing.js')).toBeNull();
    expect(rendererFile(root, '/favicon.ico')).toBeNull();
  });

  it('refuses every way out of the folder', () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets/%00.js',
      '/%E0%A4%A',
    ]) {
      expect(rendererFile(root, path), path).not.toBe(join(parent, 'secret.txt'));
      const file = rendererFile(root, path);
      if (file !== null) expect(file).toBe(join(root, 'index.html'));
    }
    expect(rendererFile(root, '/../secret.txt')).toBeNull();
    expect(rendererFile(root, '/%E0%A4%A')).toBeNull();
  });

  it('labels each file with its type, so module scripts load', () => {
    expect(contentType('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/x/font.WOFF2')).toBe('font/woff2');
    expect(contentType('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
