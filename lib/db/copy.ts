import { createHash } from "node:crypto";
import { databaseKind, redact } from "../env";
import { openClient, type Db } from "./client";
import { migrateDatabase } from "./migrate";

/**
 * Every table of the schema, in an order where the rows a row refers to are written before it: its
 * primary key (for reading in a stable order) and the columns that refer to the same table (written
 * in a second pass, once every row exists). tests/unit/db-copy.test.ts checks this list against
 * schema.prisma, so a new model cannot be forgotten.
 */
export const copyPlan = [
  { model: "source", table: "Source", key: ["id"], selfRefs: [] },
  { model: "term", table: "Term", key: ["id"], selfRefs: ["parentId"] },
  { model: "label", table: "Label", key: ["id"], selfRefs: [] },
  { model: "note", table: "Note", key: ["id"], selfRefs: [] },
  { model: "definition", table: "Definition", key: ["id"], selfRefs: [] },
  { model: "claim", table: "Claim", key: ["id"], selfRefs: [] },
  { model: "termSource", table: "TermSource", key: ["termId", "sourceId"], selfRefs: [] },
  { model: "relation", table: "Relation", key: ["fromId", "toId"], selfRefs: [] },
  { model: "searchKey", table: "SearchKey", key: ["id"], selfRefs: [] },
  { model: "article", table: "Article", key: ["id"], selfRefs: [] },
  { model: "edition", table: "Edition", key: ["id"], selfRefs: [] },
  { model: "block", table: "Block", key: ["id"], selfRefs: [] },
  { model: "mention", table: "Mention", key: ["id"], selfRefs: [] },
  { model: "editor", table: "Editor", key: ["id"], selfRefs: [] },
  { model: "session", table: "Session", key: ["id"], selfRefs: [] },
  { model: "revision", table: "Revision", key: ["id"], selfRefs: [] },
  { model: "articleRevision", table: "ArticleRevision", key: ["id"], selfRefs: [] },
  { model: "feedItem", table: "FeedItem", key: ["key"], selfRefs: [] },
  { model: "signInThrottle", table: "SignInThrottle", key: ["key"], selfRefs: [] },
  { model: "trustedDevice", table: "TrustedDevice", key: ["id"], selfRefs: [] },
] as const satisfies readonly { model: string; table: string; key: readonly string[]; selfRefs: readonly string[] }[];

/** The tables whose id is a text token (no sequence behind it). */
const textIds: ReadonlySet<string> = new Set(["Session", "TrustedDevice"]);

type Row = Record<string, unknown>;
/** The few delegate methods the copy uses, the same for every model. */
interface Delegate {
  findMany(args: { orderBy: Record<string, "asc">[]; skip: number; take: number }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  updateMany(args: { where: Row; data: Row }): Promise<unknown>;
  count(): Promise<number>;
}
type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
const delegate = (client: Tx, model: string) => (client as unknown as Record<string, Delegate>)[model]!;

const BATCH = 500;

/** One row as stable text: keys sorted, dates as ISO strings. */
const rowText = (row: Row) =>
  JSON.stringify(
    Object.keys(row)
      .sort()
      .map((k) => [k, row[k] instanceof Date ? (row[k] as Date).toISOString() : row[k]]),
  );

/** Reads every row of every table in primary-key order, a batch at a time. */
async function* rowsOf(client: Tx): AsyncGenerator<{ step: (typeof copyPlan)[number]; rows: Row[] }> {
  for (const step of copyPlan) {
    const orderBy = step.key.map((k) => ({ [k]: "asc" as const }));
    for (let skip = 0; ; skip += BATCH) {
      const rows = await delegate(client, step.model).findMany({ orderBy, skip, take: BATCH });
      if (rows.length === 0) break;
      yield { step, rows };
      if (rows.length < BATCH) break;
    }
  }
}

/** Row counts per table and one SHA-256 over every row, table by table in key order. */
async function contentOf(client: Tx, onBatch?: (step: (typeof copyPlan)[number], rows: Row[]) => Promise<void>) {
  const hash = createHash("sha256");
  const counts: Record<string, number> = Object.fromEntries(copyPlan.map((s) => [s.table, 0]));
  for await (const { step, rows } of rowsOf(client)) {
    counts[step.table]! += rows.length;
    for (const row of rows) hash.update(`${step.table} ${rowText(row)}\n`);
    await onBatch?.(step, rows);
  }
  return { counts, digest: hash.digest("hex") };
}

export class CopyError extends Error {}

export interface CopyReport {
  counts: Record<string, number>;
  digest: string;
}

/**
 * Copies a whole installation (glossary, articles, editions, revisions, editors and their sessions)
 * from one database to another, SQLite or PostgreSQL either way. The target is migrated and must be
 * empty. Everything is read from one snapshot of the source and written in ONE transaction on the
 * target, which is read back and compared (counts and a digest of every row) before it commits: an
 * interrupted or failed copy leaves the target empty.
 */
export async function copyDatabase(from: string, to: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  if (from === to) throw new CopyError("--from and --to name the same database.");
  await migrateDatabase(to);
  const source = openClient(from);
  const target = openClient(to);
  try {
    return await source.$transaction(
      async (read) => {
        // one snapshot of the source for the whole copy (a SQLite read transaction is one already)
        if (databaseKind({ DATABASE_URL: from }) === "postgresql") await read.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        return target.$transaction(
          async (write) => {
            const filled = [];
            for (const step of copyPlan) {
              const n = await delegate(write, step.model).count();
              if (n > 0) filled.push(`${step.table}: ${n} rows`);
            }
            if (filled.length > 0) throw new CopyError(`The target ${redact(to)} is not empty (${filled.join(", ")}); db:copy only copies into an empty database.`);
            const deferred: { step: (typeof copyPlan)[number]; row: Row }[] = [];
            const copied = await contentOf(read, async (step, rows) => {
              const firstPass = rows.map((row) => {
                if (step.selfRefs.some((k) => row[k] != null)) deferred.push({ step, row });
                return { ...row, ...Object.fromEntries(step.selfRefs.map((k) => [k, null])) };
              });
              await delegate(write, step.model).createMany({ data: firstPass });
              log(`${step.table}: ${rows.length} rows`);
            });
            for (const { step, row } of deferred) {
              const where = Object.fromEntries(step.key.map((k) => [k, row[k]]));
              await delegate(write, step.model).updateMany({ where, data: Object.fromEntries(step.selfRefs.map((k) => [k, row[k]])) });
            }
            if (databaseKind({ DATABASE_URL: to }) === "postgresql") {
              // rows came with their ids: move each table's id sequence past them
              for (const step of copyPlan.filter((s) => s.key.length === 1 && s.key[0] === "id" && !textIds.has(s.table))) {
                await write.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"${step.table}"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "${step.table}"`);
              }
            }
            const written = await contentOf(write);
            if (written.digest !== copied.digest || JSON.stringify(written.counts) !== JSON.stringify(copied.counts)) {
              throw new CopyError(`The copy does not read back the same (counts ${JSON.stringify(written.counts)} against ${JSON.stringify(copied.counts)}); nothing was written.`);
            }
            return copied;
          },
          { timeout: 3_600_000, maxWait: 60_000 },
        );
      },
      { timeout: 3_600_000, maxWait: 60_000 },
    );
  } finally {
    await Promise.all([source.$disconnect(), target.$disconnect()]);
  }
}
