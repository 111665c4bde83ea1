import { defineConfig } from '@playwright/test';

// End-to-end tests drive browser mode in a Chromium-family browser that scripts/test-browser.ts finds (or
// installs): the Electron runtime cannot always be fetched, and browser mode is the same app.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Two browsers and two servers share two cores: a keyboard-only test that presses Tab hundreds of times
  // has taken over 90 s while other work ran. Long journeys set their own limit.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
