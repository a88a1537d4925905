import { migrateDatabase } from "@/lib/db/migrate";
import { random, syntheticNames, syntheticTerms } from "@/bench/synthetic-glossary";
import { seed } from "@/prisma/seed";
import { tempDatabase, testKind, type TempDatabase } from "./support/temp-db";

/**
 * Search ranks the same on both databases: the same glossary (the repository's seed and 2,000
 * synthetic terms in three scripts) in a SQLite file and in PostgreSQL, and the same results, in the
 * same order, for names, prefixes, other scripts, typos and misses. Runs in the PostgreSQL pass.
 */
const bothEngines = testKind === "postgresql" ? test : test.skip;

bothEngines("search ranks the same on SQLite and PostgreSQL", async () => {
  const sqlite = await tempDatabase("sqlite");
  const postgres = await tempDatabase();
  const { db } = await import("@/lib/db/client");
  const { writeSources, writeTerms } = await import("@/lib/db/write");
  const { searchTerms } = await import("@/lib/db/search");
  const pointAt = async (target: TempDatabase) => {
    await db().$disconnect();
    process.env.DATABASE_URL = target.url;
  };
  try {
    for (const target of [sqlite, postgres]) {
      await pointAt(target);
      await migrateDatabase(target.url);
      await seed(db());
      await writeSources(db(), [{ key: "BENCH", title: "Synthetic", url: null, date: null }]);
      await writeTerms(db(), syntheticTerms(2000));
    }
    const names = syntheticNames(2000);
    const next = random(11);
    const pick = () => names[Math.floor(next() * names.length)]!;
    const queries = [
      ...["ansar", "Ансаруллах", "انصارالله", "Tobarov", "Maimai", "Вардуч", "badakh", "тоҷик", "IS", "rfe", "qqqxxx", "a", "\"", "%", "_"],
      ...Array.from({ length: 60 }, () => pick().latin),
      ...Array.from({ length: 60 }, () => pick().latin.slice(0, 3)),
      ...Array.from({ length: 40 }, () => pick().cyrillic),
      ...Array.from({ length: 40 }, () => pick().persian.slice(0, 3)),
      ...Array.from({ length: 40 }, () => {
        const word = pick().latin.split(" ")[0]!;
        return word.slice(0, 2) + word[3] + word[2] + word.slice(4);
      }),
    ];
    const results = async (target: TempDatabase) => {
      await pointAt(target);
      const out = [];
      for (const q of queries) for (const locale of ["en", "fa"] as const) out.push({ q, locale, hits: await searchTerms(q, locale, 10) });
      return out;
    };
    const onSqlite = await results(sqlite);
    const onPostgres = await results(postgres);
    expect(onSqlite.filter((r) => r.hits.length > 0).length).toBeGreaterThan(300);
    expect(onPostgres).toEqual(onSqlite);
  } finally {
    await db().$disconnect();
    await sqlite.cleanup();
    await postgres.cleanup();
  }
}, 300_000);
