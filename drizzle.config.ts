import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: drizzle-kit cannot pass the vault key, so migrations are applied in code at unlock.
export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/db/schema.ts',
  out: './electron/db/migrations',
});
