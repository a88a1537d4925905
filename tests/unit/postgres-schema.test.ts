import fs from "node:fs";
import { postgresSchemaFile, sqliteSchemaFile, toPostgresSchema } from "@/scripts/postgres-schema";

test("prisma/schema.postgres.prisma is generated from schema.prisma and up to date (npm run generate)", () => {
  expect(fs.readFileSync(postgresSchemaFile, "utf8")).toBe(toPostgresSchema(fs.readFileSync(sqliteSchemaFile, "utf8")));
});

test("the twin differs only in the provider and the generated client's folder", () => {
  const sqlite = fs.readFileSync(sqliteSchemaFile, "utf8");
  const twin = toPostgresSchema(sqlite);
  expect(twin).toContain('provider = "postgresql"');
  expect(twin).toContain('output       = "../lib/db/generated-postgres"');
  const models = (text: string) => text.slice(text.indexOf("model "));
  expect(models(twin)).toBe(models(sqlite));
});

test("a schema without the expected provider is refused, not silently copied", () => {
  expect(() => toPostgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider/);
});
