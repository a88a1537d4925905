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

export function refreshReaders(affected: Affected = "everything") {
  revalidatePath("/", "layout");
  for (const route of staticRoutes) revalidatePath(route, "page");
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
