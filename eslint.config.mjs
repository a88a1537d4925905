import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["bench/bare-app/.next/**", "bench/bare-app/next-env.d.ts", ".next/**", "node_modules/**", "lib/db/generated/**", "lib/db/generated-postgres/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    // Only the data layer talks to a database: the Prisma clients, their adapters and the drivers.
    files: ["**/*.{ts,tsx,mjs}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "pg", message: "Use the data layer (lib/db/*)." },
            { name: "better-sqlite3", message: "Use the data layer (lib/db/*)." },
          ],
          patterns: [{ group: ["**/db/generated/**", "**/db/generated-postgres/**", "@prisma/client", "@prisma/client/*", "@prisma/adapter-*"], message: "Use the data layer (lib/db/*)." }],
        },
      ],
    },
  },
]);
