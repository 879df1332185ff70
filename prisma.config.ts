import { defineConfig } from 'prisma/config';

// Prisma 7 reads no .env: the URL comes from the environment, when there is one. Migrations are
// applied by scripts/db (offline, no engine download), so the CLI is used only for `generate`.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
