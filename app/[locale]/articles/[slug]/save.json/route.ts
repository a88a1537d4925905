import { NextResponse } from "next/server";
import { routing } from "@/i18n/routing";
import { listArticleSlugs } from "@/lib/db/articles";
import { saveList } from "@/lib/offline/save-list";
import { articleParams } from "@/lib/params";

// Static, like the pages: made at build time, revalidated with them after an edit.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** The pages "save for offline" keeps for this article (read by the service worker). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/articles/[slug]/save.json">) {
  const parsed = articleParams.safeParse(await params);
  const list = parsed.success ? await saveList(parsed.data.slug, parsed.data.locale) : null;
  return list ? NextResponse.json(list) : NextResponse.json({ error: "no such article" }, { status: 404 });
}
