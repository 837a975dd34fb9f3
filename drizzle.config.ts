import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit settings. After changing a file in src/store/schema/, regenerate with
 *   npx drizzle-kit generate --name=<what_changed>
 * and commit the new SQL under src/store/migrations/. Things drizzle-kit cannot express
 * (triggers, functions) go in an empty migration made with
 *   npx drizzle-kit generate --custom --name=<what_it_does>
 * Migrations are applied by openDatabase (src/store/database.ts), never by drizzle-kit.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './src/store/migrations',
});
