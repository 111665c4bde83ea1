import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'tests/api/**/*.test.ts',
      'tests/electron/**/*.test.ts',
      'tests/crash/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/robustness/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
