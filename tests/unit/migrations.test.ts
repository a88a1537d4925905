import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import internals from "@prisma/internals";
import { MigrationError, migrate, migrationsDir, openDatabase } from "@/lib/db/migrate";
import { tempDbPath } from "./support/temp-db";

/**
 * The migrations are hand-written SQL applied by lib/db/migrate.ts (Prisma's schema engine cannot
 * be downloaded here). This checks that the migrated database is exactly what schema.prisma says.
 */

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
const sqlType: Record<string, string> = {
  Int: "INTEGER", String: "TEXT", Boolean: "BOOLEAN", DateTime: "DATETIME", Float: "REAL", BigInt: "BIGINT", Decimal: "DECIMAL", Bytes: "BLOB", Json: "JSONB",
};

let dmmf: Dmmf;
const db = tempDbPath();

beforeAll(async () => {
  dmmf = await internals.getDMMF({ datamodel: fs.readFileSync("prisma/schema.prisma", "utf8") });
  migrate(db.file);
});
afterAll(() => db.cleanup());

const query = <T>(sql: string, ...args: unknown[]): T[] => {
  const sqlite = openDatabase(db.file, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...args) as T[];
  } finally {
    sqlite.close();
  }
};

test("has exactly the schema's tables", () => {
  const tables = query<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sqlite_sequence', '_prisma_migrations')`).map((t) => t.name);
  expect(tables.sort()).toEqual(dmmf.datamodel.models.map((m) => m.dbName ?? m.name).sort());
});

test("every table has the schema's columns, types, nullability and primary key", () => {
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    const compositeId = dmmf.datamodel.indexes.find((i) => i.model === model.name && i.type === "id")?.fields.map((f) => f.name) ?? [];
    const expected = model.fields
      .filter((f) => f.kind === "scalar" || f.kind === "enum")
      .map((f) => ({
        name: f.dbName ?? f.name,
        type: f.kind === "enum" ? "TEXT" : sqlType[f.type],
        notnull: f.isRequired ? 1 : 0,
        pk: f.isId || compositeId.includes(f.name) ? 1 : 0,
      }));
    const actual = query<{ name: string; type: string; notnull: number; pk: number }>(`PRAGMA table_info("${table}")`).map((c) => ({
      name: c.name,
      type: c.type,
      notnull: c.notnull,
      pk: c.pk > 0 ? 1 : 0,
    }));
    expect({ table, columns: actual }).toEqual({ table, columns: expected });
  }
});

test("every relation is a foreign key with the schema's delete rule", () => {
  for (const model of dmmf.datamodel.models) {
    const expected = model.fields
      .filter((f) => f.relationFromFields && f.relationFromFields.length > 0)
      .map((f) => ({
        from: f.relationFromFields![0],
        table: dmmf.datamodel.models.find((m) => m.name === f.type)!.dbName ?? f.type,
        to: f.relationToFields![0],
        on_delete: (f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull")).replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase(),
      }))
      .sort((a, b) => a.from!.localeCompare(b.from!));
    const actual = query<{ from: string; table: string; to: string; on_delete: string }>(`PRAGMA foreign_key_list("${model.dbName ?? model.name}")`)
      .map(({ from, table, to, on_delete }) => ({ from, table, to, on_delete }))
      .sort((a, b) => a.from.localeCompare(b.from));
    expect({ model: model.name, keys: actual }).toEqual({ model: model.name, keys: expected });
  }
});

test("every unique constraint and index of the schema exists, and no other", () => {
  const expected = dmmf.datamodel.indexes
    .filter((i) => i.type === "unique" || i.type === "normal")
    .map((i) => `${i.model} ${i.type === "unique" ? "UNIQUE" : "INDEX"} (${i.fields.map((f) => f.name).join(", ")})`)
    .sort();
  const actual: string[] = [];
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    for (const index of query<{ name: string; unique: number; origin: string }>(`PRAGMA index_list("${table}")`)) {
      if (index.origin === "pk") continue;
      const columns = query<{ name: string }>(`PRAGMA index_info("${index.name}")`).map((c) => c.name);
      actual.push(`${model.name} ${index.unique ? "UNIQUE" : "INDEX"} (${columns.join(", ")})`);
    }
  }
  expect(actual.sort()).toEqual(expected);
});

test("records each migration in _prisma_migrations with Prisma's checksum", () => {
  const rows = query<{ migration_name: string; checksum: string; finished_at: string | null }>(`SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`);
  const dirs = fs.readdirSync(migrationsDir).filter((d) => fs.existsSync(path.join(migrationsDir, d, "migration.sql"))).sort();
  expect(rows.map((r) => r.migration_name)).toEqual(dirs);
  for (const row of rows) {
    const sql = fs.readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
    expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    expect(row.finished_at).not.toBeNull();
  }
});

test("applies nothing twice, and refuses a migration edited after it was applied", () => {
  expect(migrate(db.file)).toEqual([]);
  const copy = tempDbPath("copy");
  try {
    fs.cpSync(migrationsDir, copy.file, { recursive: true });
    const other = tempDbPath();
    migrate(other.file, copy.file);
    const first = fs.readdirSync(copy.file).filter((d) => d !== "migration_lock.toml")[0]!;
    fs.appendFileSync(path.join(copy.file, first, "migration.sql"), "\n-- edited\n");
    expect(() => migrate(other.file, copy.file)).toThrow(MigrationError);
    other.cleanup();
  } finally {
    copy.cleanup();
  }
});

test("a failing migration leaves the database as it was", () => {
  const dir = tempDbPath("migrations");
  const target = tempDbPath();
  try {
    fs.cpSync(migrationsDir, dir.file, { recursive: true });
    fs.mkdirSync(path.join(dir.file, "99999999999999_broken"));
    fs.writeFileSync(path.join(dir.file, "99999999999999_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nTHIS IS NOT SQL;`);
    expect(() => migrate(target.file, dir.file)).toThrow(/99999999999999_broken/);
    const sqlite = openDatabase(target.file, { readonly: true });
    const half = sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'Half'`).get() as { n: number };
    const recorded = sqlite.prepare(`SELECT count(*) AS n FROM _prisma_migrations WHERE migration_name LIKE '%broken'`).get() as { n: number };
    sqlite.close();
    expect(half.n).toBe(0);
    expect(recorded.n).toBe(0);
  } finally {
    dir.cleanup();
    target.cleanup();
  }
});
