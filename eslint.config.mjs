import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

/** The Prisma client, its adapters and the SQLite driver: only the data layer (lib/db) imports them. */
const prisma = {
  group: ["**/db/generated", "**/db/generated/**", "@prisma/client", "@prisma/client/**", "@prisma/adapter-*", "better-sqlite3"],
  message: "Only lib/db uses Prisma and the database driver: call the data layer (lib/db/*) or a service (lib/editor/*).",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["bench/bare-app/.next/**", "bench/bare-app/next-env.d.ts", ".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    // Layering, as a rule: only lib/db imports the Prisma client, everywhere else (app, components,
    // lib, scripts, bench, prisma/seed, tests and their helpers).
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["lib/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [prisma] }] },
  },
  {
    // Components render what pages give them: they import no database code, not even through a
    // service (types are fine).
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            prisma,
            {
              group: ["@/lib/db/*", "**/lib/db/*", "@/lib/editor/articles", "@/lib/editor/terms", "@/lib/editor/revisions", "@/lib/editor/sessions", "@/lib/editor/guard"],
              allowTypeImports: true,
              message: "Components take their data as props from the page (server) or call a server action; they do not read the database.",
            },
          ],
        },
      ],
    },
  },
]);
