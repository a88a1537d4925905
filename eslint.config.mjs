import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["bench/bare-app/.next/**", "bench/bare-app/next-env.d.ts", ".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    // Only the data layer may import the Prisma client.
    files: ["app/**", "components/**", "i18n/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/db/generated/**", "@prisma/*"], message: "Use the data layer (lib/db/*)." }] }],
    },
  },
]);
