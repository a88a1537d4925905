import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "../env";

export type Db = PrismaClient;

const cache = globalThis as unknown as { tarjumaDb?: { url: string; client: PrismaClient } };

/**
 * The one Prisma client of the process (created on first use, for the current DATABASE_URL).
 * busy_timeout: a reader waits up to 5 s for a writer instead of failing with "database is locked".
 */
export function db(): PrismaClient {
  const url = databaseUrl();
  if (cache.tarjumaDb?.url !== url) {
    void cache.tarjumaDb?.client.$disconnect();
    cache.tarjumaDb = { url, client: new PrismaClient({ adapter: new PrismaBetterSqlite3({ url, timeout: 5000 }) }) };
  }
  return cache.tarjumaDb.client;
}
