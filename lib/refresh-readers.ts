import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Marks every page readers see as stale, so each is rebuilt on its next visit: the whole tree under
 * the root layout, and each static route by its pattern as well (the article in every locale, its
 * parallel editions, the article list, the glossary and its entries with their "where it appears").
 * Called after every editor write and by /api/revalidate for command-line writes.
 */
const staticRoutes = ["/[locale]", "/[locale]/articles/[slug]", "/[locale]/articles/[slug]/parallel/[other]", "/[locale]/glossary", "/[locale]/glossary/[slug]"];

export function refreshReaders() {
  revalidatePath("/", "layout");
  for (const route of staticRoutes) revalidatePath(route, "page");
}
