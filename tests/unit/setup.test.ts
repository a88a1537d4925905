import fs from "node:fs";
import path from "node:path";
import { ConfigError, databaseKind, databaseUrl, defaultDatabaseUrl } from "@/lib/env";
import { negotiateLocale } from "@/lib/locales";
import { openDatabase } from "@/lib/db/migrate";
import { runScript } from "../support/run-script";
import { tempDbPath } from "./support/temp-db";

describe("DATABASE_URL", () => {
  test("defaults to the embedded database, made absolute", () => {
    expect(databaseUrl({})).toBe(`file:${path.resolve(defaultDatabaseUrl.slice(5))}`);
    expect(databaseUrl({ DATABASE_URL: "file:./x/y.db" })).toBe(`file:${path.resolve("x/y.db")}`);
  });

  test("takes a PostgreSQL URL as it is, and knows which database it names", () => {
    const url = "postgresql://tarjuma:secret@db.example:5432/tarjuma";
    expect(databaseUrl({ DATABASE_URL: url })).toBe(url);
    expect(databaseKind({ DATABASE_URL: url })).toBe("postgresql");
    expect(databaseKind({ DATABASE_URL: "postgres://u@h/db" })).toBe("postgresql");
    expect(databaseKind({})).toBe("sqlite");
  });

  test.each(["mysql://u@h/db", "postgresql://", "postgresql://host-only", "file:", "tarjuma.db", "file:./a.db?mode=ro"])("refuses %s with one clear sentence", (url) => {
    expect(() => databaseUrl({ DATABASE_URL: url })).toThrow(ConfigError);
    expect(() => databaseUrl({ DATABASE_URL: url })).toThrow(/^DATABASE_URL ".*" is not usable: .+\.$/);
  });

  test("never repeats a password in its message", () => {
    expect(() => databaseUrl({ DATABASE_URL: "postgresql://u:hunter2@h" })).toThrow(/postgresql:\/\/u:\*\*\*@h/);
  });
});

describe("negotiateLocale", () => {
  test.each([
    ["fa-IR,fa;q=0.9,en;q=0.5", "fa"],
    ["de-DE,ru;q=0.8,en;q=0.9", "en"],
    ["de-DE,ru;q=0.8", "ru"],
    ["tg", "tg"],
    ["xx, *;q=0.1", "en"],
    ["", "en"],
    [null, "en"],
    ["en;q=0, ru", "ru"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe("npm run setup", () => {
  const setup = (url: string) => runScript("db-setup", [], url);

  test("creates, migrates and seeds a database that is missing", () => {
    const tmp = tempDbPath();
    try {
      const file = path.join(path.dirname(tmp.file), "nested", "fresh.db");
      const run = setup(`file:${file}`);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const sqlite = openDatabase(file, { readonly: true });
      const { n } = sqlite.prepare(`SELECT count(*) AS n FROM Term`).get() as { n: number };
      const journal = sqlite.pragma("journal_mode", { simple: true });
      sqlite.close();
      expect(n).toBeGreaterThanOrEqual(25);
      expect(journal).toBe("wal");
      // a second start finds it ready and leaves it as it was
      expect(setup(`file:${file}`).status).toBe(0);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);

  test("stops with one clear sentence on a broken DATABASE_URL", () => {
    const run = setup("mysql://root@localhost/tarjuma");
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^DATABASE_URL "mysql:\/\/root@localhost\/tarjuma" is not usable: .+\.$/)]);
    expect(run.stdout).toBe("");
  }, 30_000);

  test("stops with one clear sentence when the file cannot be created", () => {
    const tmp = tempDbPath();
    try {
      fs.writeFileSync(path.join(path.dirname(tmp.file), "plain-file"), "");
      const run = setup(`file:${path.join(path.dirname(tmp.file), "plain-file", "x.db")}`);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/cannot be opened or created/)]);
    } finally {
      tmp.cleanup();
    }
  }, 30_000);
});
