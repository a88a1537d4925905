import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-setup.ts" },
  datasource: { url: databaseUrl() },
});
