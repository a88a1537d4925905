import "server-only";
import { revalidatePath } from "next/cache";
import { after, NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { refreshFrontCache } from "../cache/front-cache";
import { EditError } from "../db/revisions";
import { isUnavailable } from "../db/client";
import { articlesMentioning } from "../db/terms";
import { isBusy } from "../db/write-lock";
import { unavailable } from "../http";

const headers = { "Cache-Control": "no-store" };

/** The public pages that show a term: the glossary, its entry, and the articles that mention it, in every locale. */
async function pagesShowingTerm(slug: string): Promise<string[]> {
  const articles = await articlesMentioning(slug);
  return routing.locales.flatMap((l) => [`/${l}/glossary`, `/${l}/glossary/${slug}`, ...articles.map((a) => `/${l}/articles/${a}`)]);
}

/** Runs a write and answers it: 200 with the result, 400 with the issues, 503 when busy. The static
 * pages are revalidated after every successful write, so readers see the change right away (on
 * every instance, through the shared cache handler), and a front cache's copies of the pages that
 * show the term are refreshed once the answer is sent. */
export async function respondToWrite<T>(work: () => Promise<T>, status = 200): Promise<NextResponse> {
  try {
    const result = await work();
    revalidatePath("/", "layout");
    const slug = (result as { slug?: unknown }).slug;
    if (typeof slug === "string") after(async () => refreshFrontCache(await pagesShowingTerm(slug)));
    return NextResponse.json(result, { status, headers });
  } catch (error) {
    if (error instanceof EditError) return NextResponse.json({ issues: error.issues }, { status: 400, headers });
    if (isBusy(error)) return NextResponse.json({ error: "busy" }, { status: 503, headers: { ...headers, "Retry-After": "5" } });
    if (isUnavailable(error)) return unavailable(error);
    throw error;
  }
}
