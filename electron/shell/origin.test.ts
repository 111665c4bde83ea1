import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl } from './origin';

describe('isAppUrl', () => {
  it("accepts our own origin's addresses", () => {
    expect(APP_URL).toBe('app://linkbook/');
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('app://linkbook/families/1?tab=notes#top')).toBe(true);
    expect(isAppUrl('app://linkbook')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const url of [
      'app://evil/',
      'app://linkbook.evil/',
      'apps://linkbook/',
      'http://linkbook/',
      'https://127.0.0.1/',
      'file:///C:/linkbook/index.html',
      'blob:app://linkbook/123',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
