import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import internals from "@prisma/internals";
import { MigrationError, migratePostgres, migrationNames, postgresMigrationsDir } from "@/lib/db/migrate";
import { withClient } from "@/lib/db/postgres-tools";
import { tempDatabase, testKind, type TempDatabase } from "./support/temp-db";

/**
 * The PostgreSQL twin of migrations.test.ts: prisma/migrations-postgresql, applied by the same runner
 * as the app, must give exactly what schema.prisma says (tables, columns, types, nullability, keys,
 * delete rules, indexes, under Prisma's names), with every text column in the "C" collation so that
 * ranges and orderings are the same as SQLite's. Runs when the tests run on PostgreSQL
 * (TEST_DATABASE_URL); `npm test` does that pass.
 */
const onPostgres = testKind === "postgresql" ? describe : describe.skip;

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
const pgType: Record<string, string> = {
  Int: "integer", String: "text", Boolean: "boolean", DateTime: "timestamp(3) without time zone", Float: "double precision", BigInt: "bigint", Bytes: "bytea", Json: "jsonb",
};
const deleteRule: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

onPostgres("PostgreSQL migrations", () => {
  let dmmf: Dmmf;
  let db: TempDatabase;
  const query = <T,>(sql: string, ...args: unknown[]) => withClient(db.url, async (c) => (await c.query(sql, args)).rows as T[]);
  const tableName = (model: Dmmf["datamodel"]["models"][number]) => model.dbName ?? model.name;

  beforeAll(async () => {
    dmmf = await internals.getDMMF({ datamodel: fs.readFileSync("prisma/schema.prisma", "utf8") });
    db = await tempDatabase();
    await migratePostgres(db.url);
  }, 60_000);
  afterAll(() => db.cleanup());

  test("has exactly the schema's tables", async () => {
    const tables = (await query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`)).map((t) => t.name);
    expect(tables.sort()).toEqual(dmmf.datamodel.models.map(tableName).sort());
  });

  test("every table has the schema's columns, types, nullability, defaults and the C collation", async () => {
    const columns = await query<{ table: string; name: string; type: string; nullable: string; collation: string | null; serial: boolean }>(
      `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS nullable,
              co.collname AS collation, pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%' AS serial
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
        ORDER BY c.relname, a.attnum`,
    );
    for (const model of dmmf.datamodel.models) {
      const expected = model.fields
        .filter((f) => f.kind === "scalar" || f.kind === "enum")
        .map((f) => ({
          name: f.dbName ?? f.name,
          type: f.kind === "enum" ? "text" : pgType[f.type],
          nullable: f.isRequired ? "NO" : "YES",
          collation: f.type === "String" ? "C" : null,
          serial: (f.default as { name?: string } | undefined)?.name === "autoincrement",
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const actual = columns
        .filter((c) => c.table === tableName(model))
        .map(({ name, type, nullable, collation, serial }) => ({ name, type, nullable, collation, serial: Boolean(serial) }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect({ table: tableName(model), columns: actual }).toEqual({ table: tableName(model), columns: expected });
    }
  });

  test("every relation is a foreign key with the schema's delete rule, under Prisma's name", async () => {
    const keys = await query<{ table: string; name: string; from: string; target: string; to: string; del: string; upd: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.conname AS name, a.attname AS from, c.confrelid::regclass::text AS target, af.attname AS to, c.confdeltype AS del, c.confupdtype AS upd
         FROM pg_constraint c
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
    );
    const unquote = (s: string) => s.replace(/^"|"$/g, "");
    for (const model of dmmf.datamodel.models) {
      const expected = model.fields
        .filter((f) => f.relationFromFields && f.relationFromFields.length > 0)
        .map((f) => ({
          name: `${tableName(model)}_${f.relationFromFields![0]}_fkey`,
          from: f.relationFromFields![0],
          target: dmmf.datamodel.models.find((m) => m.name === f.type)!.dbName ?? f.type,
          to: f.relationToFields![0],
          onDelete: f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull"),
          onUpdate: "Cascade",
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      const actual = keys
        .filter((k) => unquote(k.table) === tableName(model))
        .map((k) => ({ name: k.name, from: k.from, target: unquote(k.target), to: k.to, onDelete: deleteRule[k.del], onUpdate: deleteRule[k.upd] }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect({ model: model.name, keys: actual }).toEqual({ model: model.name, keys: expected });
    }
  });

  test("every primary key, unique constraint and index of the schema exists under Prisma's name, and no other", async () => {
    const indexes = await query<{ table: string; name: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary, array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = current_schema() AND t.relname <> '_prisma_migrations'
        GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`,
    );
    const expected = dmmf.datamodel.models.flatMap((model) => {
      const table = tableName(model);
      const own = dmmf.datamodel.indexes.filter((i) => i.model === model.name);
      const idField = model.fields.find((f) => f.isId);
      const primary = own.find((i) => i.type === "id")?.fields.map((f) => f.name) ?? (idField ? [idField.name] : []);
      return [
        `${table}_pkey PRIMARY (${primary.join(", ")})`,
        ...own
          .filter((i) => i.type === "unique" || i.type === "normal")
          .map((i) => {
            const columns = i.fields.map((f) => f.name);
            return `${i.dbName ?? `${table}_${columns.join("_")}_${i.type === "unique" ? "key" : "idx"}`} ${i.type === "unique" ? "UNIQUE" : "INDEX"} (${columns.join(", ")})`;
          }),
      ];
    });
    const actual = indexes.map((i) => `${i.name} ${i.primary ? "PRIMARY" : i.unique ? "UNIQUE" : "INDEX"} (${i.columns.join(", ")})`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  test("records each migration in _prisma_migrations with Prisma's checksum", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(`SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames(postgresMigrationsDir));
    for (const row of rows) {
      const sql = fs.readFileSync(path.join(postgresMigrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  test("applies nothing twice, refuses a migration edited after it was applied, and two runners at once apply each once", async () => {
    expect(await migratePostgres(db.url)).toEqual([]);
    const other = await tempDatabase();
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-migrations-"));
    try {
      fs.cpSync(postgresMigrationsDir, copy, { recursive: true });
      const [a, b] = await Promise.all([migratePostgres(other.url, copy), migratePostgres(other.url, copy)]);
      expect([...a, ...b].sort()).toEqual(migrationNames(copy));
      fs.appendFileSync(path.join(copy, migrationNames(copy)[0]!, "migration.sql"), "\n-- edited\n");
      await expect(migratePostgres(other.url, copy)).rejects.toThrow(MigrationError);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
      await other.cleanup();
    }
  }, 60_000);

  test("a failing migration leaves the database as it was", async () => {
    const target = await tempDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tarjuma-migrations-"));
    try {
      fs.cpSync(postgresMigrationsDir, dir, { recursive: true });
      fs.mkdirSync(path.join(dir, "99999999999999_broken"));
      fs.writeFileSync(path.join(dir, "99999999999999_broken", "migration.sql"), `CREATE TABLE "Half" ("id" INTEGER);\nTHIS IS NOT SQL;`);
      await expect(migratePostgres(target.url, dir)).rejects.toThrow(/99999999999999_broken/);
      const [half] = await withClient(target.url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Half'`)).rows as { n: number }[]);
      const [recorded] = await withClient(target.url, async (c) => (await c.query(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE migration_name LIKE '%broken'`)).rows as { n: number }[]);
      expect(half!.n).toBe(0);
      expect(recorded!.n).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await target.cleanup();
    }
  }, 60_000);
});

test("every SQLite migration has its PostgreSQL twin under the same name, and no other", () => {
  expect(migrationNames(postgresMigrationsDir)).toEqual(migrationNames(path.resolve("prisma/migrations")));
  expect(fs.readFileSync(path.join(postgresMigrationsDir, "migration_lock.toml"), "utf8")).toMatch(/provider = "postgresql"/);
});
