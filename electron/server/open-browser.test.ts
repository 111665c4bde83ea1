import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redirectPage } from './open-browser';

describe('opening browser mode in the worker’s browser', () => {
  it('hands the browser a private file that forwards to the address, never the token itself', () => {
    const url = 'http://127.0.0.1:41234/#token=abc</script><b>';
    const page = redirectPage(url);
    try {
      expect(page.path).not.toContain('token');
      const html = readFileSync(page.path, 'utf8');
      expect(html).toContain('location.replace("http://127.0.0.1:41234/#token=abc\\u003c/script>\\u003cb>")');
      if (process.platform !== 'win32') expect(statSync(page.path).mode & 0o777).toBe(0o600);
    } finally {
      page.remove();
    }
  });
});
