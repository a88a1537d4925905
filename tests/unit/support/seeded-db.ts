import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";
import { tempDbPath } from "./temp-db";

/**
 * A real temporary SQLite file for one test file: DATABASE_URL points at it, it is migrated and
 * seeded with the repository's data before the tests and removed after them.
 */
export async function seededDatabase() {
  const tmp = tempDbPath();
  process.env.DATABASE_URL = tmp.url;
  const { db } = await import("@/lib/db/client");
  beforeAll(async () => {
    migrate(tmp.file);
    await seed(db());
  });
  afterAll(async () => {
    await db().$disconnect();
    tmp.cleanup();
  });
  return { tmp, db };
}
