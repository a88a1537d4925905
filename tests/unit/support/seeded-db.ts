import { migrateDatabase } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { tempDatabase } from "./temp-db";

/**
 * A real temporary database for one test file (a SQLite file, or a PostgreSQL database when the
 * tests run on PostgreSQL: see temp-db.ts): DATABASE_URL points at it, it is migrated and seeded
 * with the repository's data before the tests and removed after them.
 */
export async function seededDatabase() {
  const tmp = await tempDatabase();
  process.env.DATABASE_URL = tmp.url;
  const { db } = await import("@/lib/db/client");
  beforeAll(async () => {
    await migrateDatabase(tmp.url);
    await seed(db());
  });
  afterAll(async () => {
    await db().$disconnect();
    await tmp.cleanup();
  });
  return { tmp, db };
}
