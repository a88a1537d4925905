import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { routing } from "@/i18n/routing";
import { frontCaches, refreshFrontCache } from "./cache/front-cache";
import { listArticleSlugs } from "./db/articles";
import { articlesMentioning } from "./db/terms";

/**
 * Marks every page readers see as stale, so each is rebuilt on its next visit: the whole tree under
 * the root layout, and each static route by its pattern as well (the article in every locale, its
 * parallel editions, the article list, the glossary and its entries with their "where it appears").
 * Through the shared cache handler (lib/cache/shared-cache-handler.mjs) the revalidation reaches
 * every instance. Called after every editor write and by /api/revalidate for command-line writes.
 *
 * Once the answer is sent, a front cache's copies (FRONT_CACHE_URLS, lib/cache/front-cache.ts) of
 * the pages the change shows on are refreshed: a term's entry and the articles that mention it, an
 * article's pages, or (nothing named: an import) every article; with the home page and the glossary
 * in every locale each time. Other pages follow within their s-maxage.
 */
const staticRoutes = ["/[locale]", "/[locale]/articles/[slug]", "/[locale]/articles/[slug]/parallel/[other]", "/[locale]/glossary", "/[locale]/glossary/[slug]"];

export type Affected = { term: string } | { article: string } | "everything";

/**
 * A page whose rendering began before the write read the old data, and if it is stored after the
 * revalidation it counts as fresh (its time is later): it would stay stale until the next change.
 * So the revalidation is made again once such renderings have had time to end.
 */
const AGAIN_AFTER_MS = 3000;

const revalidateAll = () => {
  revalidatePath("/", "layout");
  for (const route of staticRoutes) revalidatePath(route, "page");
};

export function refreshReaders(affected: Affected = "everything") {
  revalidateAll();
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, AGAIN_AFTER_MS));
    revalidateAll();
  });
  if (frontCaches().length === 0) return;
  after(async () => {
    try {
      await refreshFrontCache(await pagesShowing(affected));
    } catch (error) {
      console.warn(`front cache: not refreshed (${(error as Error).message}); its copies expire within their s-maxage.`);
    }
  });
}

async function pagesShowing(affected: Affected): Promise<string[]> {
  const articles = affected === "everything" ? await listArticleSlugs() : "term" in affected ? await articlesMentioning(affected.term) : [affected.article];
  return routing.locales.flatMap((l) => [
    `/${l}`,
    `/${l}/glossary`,
    ...(typeof affected === "object" && "term" in affected ? [`/${l}/glossary/${affected.term}`] : []),
    ...articles.map((a) => `/${l}/articles/${a}`),
  ]);
}
