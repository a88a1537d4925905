import { spawn } from "node:child_process";
import fs from "node:fs";
import internals from "@prisma/internals";
import { copyPlan } from "@/lib/db/copy";
import { openClient } from "@/lib/db/client";
import { runScript } from "../support/run-script";
import { seededDatabase } from "./support/seeded-db";
import { tempDatabase, tempDbPath, testKind } from "./support/temp-db";

/**
 * npm run db:copy moves a whole installation between databases. The tests' database (SQLite, or
 * PostgreSQL in the PostgreSQL pass) is copied to a SQLite file and back into a new database of the
 * tests' kind: SQLite ⇄ PostgreSQL in the PostgreSQL pass.
 */
const { tmp, db } = await seededDatabase();
const { exportGlossary } = await import("@/lib/db/glossary");
const { createEditor, signIn } = await import("@/lib/db/editors");
const { saveTermEdit } = await import("@/lib/db/revisions");
const { validateTermEdit } = await import("@/lib/editor/terms");
const { toEdit } = await import("@/lib/editor/term-edit");
type TermEdit = import("@/lib/editor/term-edit").TermEdit;

test("the copy plan names every table of schema.prisma with its key, after every table it refers to", async () => {
  const dmmf = await internals.getDMMF({ datamodel: fs.readFileSync("prisma/schema.prisma", "utf8") });
  const models = dmmf.datamodel.models;
  expect(copyPlan.map((s) => s.table).sort()).toEqual(models.map((m) => m.dbName ?? m.name).sort());
  for (const [i, step] of copyPlan.entries()) {
    const model = models.find((m) => (m.dbName ?? m.name) === step.table)!;
    expect(step.model).toBe(model.name[0]!.toLowerCase() + model.name.slice(1));
    const id = dmmf.datamodel.indexes.find((x) => x.model === model.name && x.type === "id")?.fields.map((f) => f.name) ?? model.fields.filter((f) => f.isId).map((f) => f.name);
    expect([...step.key]).toEqual(id);
    for (const field of model.fields.filter((f) => f.relationFromFields?.length)) {
      if (field.type === model.name) expect(step.selfRefs).toContain(field.relationFromFields![0]);
      else expect(copyPlan.findIndex((s) => s.model === field.type[0]!.toLowerCase() + field.type.slice(1))).toBeLessThan(i);
    }
  }
});

test("a whole installation goes to another database and back: glossary, articles, revisions, editors and sessions", async () => {
  const editor = (await createEditor(db(), "copy-editor", "a long enough password"))!;
  const session = await signIn(db(), "copy-editor", "a long enough password", "203.0.113.9");
  expect(session.ok).toBe(true);
  // the newsroom's rows: an article's revision, a feed item already read, a trusted device
  await db().articleRevision.create({ data: { articleSlug: "dushanbe-reinforces-border", locale: "en", editorId: editor.id, action: "edit", before: "{}", after: "{}" } });
  await db().feedItem.create({ data: { key: "https://example.org/item-1", feedUrl: "https://example.org/feed", articleSlug: "dushanbe-reinforces-border" } });
  await db().trustedDevice.create({ data: { id: "copied-device", editorId: editor.id, expiresAt: new Date("2030-01-01T00:00:00Z") } });
  const edit = (await validateTermEdit(toEdit((await exportGlossary(db(), ["maymay"])).terms[0]!))) as TermEdit;
  edit.definitions.en.text = "Copied with its revision.";
  await saveTermEdit(db(), editor, "maymay", edit);
  const before = await everything(tmp.url);

  const sqlite = tempDbPath("copy.db");
  const back = await tempDatabase();
  try {
    const there = runScript("db-copy", ["--from", tmp.url, "--to", sqlite.url], tmp.url);
    expect(there.stderr).toBe("");
    expect(there.stdout).toMatch(/the target reads back the same counts and content digest/);
    const again = runScript("db-copy", ["--from", sqlite.url, "--to", back.url], tmp.url);
    expect(again.stderr).toBe("");
    expect(await everything(sqlite.url)).toEqual(before);
    expect(await everything(back.url)).toEqual(before);

    // the copy is a working installation: its ids go on after the copied ones, and the session signs in
    const client = openClient(back.url);
    try {
      const created = await client.articleRevision.create({ data: { articleSlug: "after-copy", action: "edit" }, select: { id: true } });
      expect(created.id).toBeGreaterThan(0);
      expect(await client.session.count()).toBe(1);
    } finally {
      await client.$disconnect();
    }

    const refused = runScript("db-copy", ["--from", tmp.url, "--to", back.url], tmp.url);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is not empty \(.*Term: \d+ rows/);
  } finally {
    sqlite.cleanup();
    await back.cleanup();
  }
}, 120_000);

test("a copy killed while it writes leaves the target empty", async () => {
  const target = await tempDatabase();
  try {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db-copy.ts", "--from", tmp.url, "--to", target.url], {
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const exited = new Promise((resolve) => child.on("exit", resolve));
    // killed once it has written its first tables into the target's transaction
    await new Promise<void>((resolve) => child.stdout.on("data", (d: Buffer) => /Label: \d+ rows/.test(d.toString()) && resolve()));
    child.kill("SIGKILL");
    await exited;
    const client = openClient(target.url);
    try {
      expect(await client.term.count()).toBe(0);
      expect(await client.label.count()).toBe(0);
      expect(await client.source.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  } finally {
    await target.cleanup();
  }
}, 120_000);

test(`refuses the same database twice, and says how to use it (${testKind})`, () => {
  expect(runScript("db-copy", ["--from", tmp.url, "--to", tmp.url], tmp.url).stderr).toMatch(/same database/);
  expect(runScript("db-copy", ["--from", tmp.url], tmp.url).stderr).toMatch(/^usage: npm run db:copy -- --from URL --to URL/);
});

/** Everything a copy must carry, read through the data layer. */
async function everything(url: string) {
  const client = openClient(url);
  try {
    return {
      glossary: await exportGlossary(client),
      articles: await client.article.findMany({ select: { slug: true, original: true, editions: { select: { locale: true, title: true, blocks: { select: { anchor: true, text: true, mentions: { select: { start: true, term: { select: { slug: true } } }, orderBy: { start: "asc" } } }, orderBy: { position: "asc" } } }, orderBy: { locale: "asc" } } }, orderBy: { slug: "asc" } }),
      revisions: await client.revision.findMany({ select: { termSlug: true, action: true, at: true, after: true, editor: { select: { name: true } } }, orderBy: { id: "asc" } }),
      editors: await client.editor.findMany({ select: { name: true, passwordHash: true, createdAt: true }, orderBy: { name: "asc" } }),
      sessions: await client.session.findMany({ select: { id: true, expiresAt: true, editor: { select: { name: true } } }, orderBy: { id: "asc" } }),
      articleRevisions: await client.articleRevision.findMany({ select: { articleSlug: true, locale: true, action: true, at: true, before: true, after: true, editor: { select: { name: true } } }, orderBy: { id: "asc" } }),
      feedItems: await client.feedItem.findMany({ orderBy: { key: "asc" } }),
      devices: await client.trustedDevice.findMany({ select: { id: true, expiresAt: true, editor: { select: { name: true } } }, orderBy: { id: "asc" } }),
      throttles: await client.signInThrottle.count(),
      notes: await client.note.count(),
      keys: await client.searchKey.count(),
    };
  } finally {
    await client.$disconnect();
  }
}
