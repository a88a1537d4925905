import { routing } from "@/i18n/routing";
import { listArticleSlugs } from "@/lib/db/articles";
import { buildOfflineEdition } from "@/lib/offline-edition/build";
import { articleParams } from "@/lib/params";

// Static, like the pages: made at build time, revalidated with them after an edit.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** The offline edition of an article: one self-contained HTML file, as a download. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/articles/[slug]/offline">) {
  const parsed = articleParams.safeParse(await params);
  const edition = parsed.success ? await buildOfflineEdition(parsed.data.slug, parsed.data.locale) : null;
  if (!edition) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(edition.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `attachment; filename="${edition.filename}"`,
      "X-Content-SHA256": edition.sha256,
    },
  });
}
