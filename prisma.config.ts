import { defineConfig } from "prisma/config";
import { databaseKind, databaseUrl } from "./lib/env";

// One source of truth for the models (schema.prisma); PostgreSQL uses its generated twin and its own
// folder of migrations (scripts/postgres-schema.ts, prisma/migrations-postgresql).
const postgres = databaseKind() === "postgresql";

export default defineConfig({
  schema: postgres ? "prisma/schema.postgres.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/migrations-postgresql" : "prisma/migrations", seed: "tsx scripts/db-setup.ts" },
  datasource: { url: databaseUrl() },
});
