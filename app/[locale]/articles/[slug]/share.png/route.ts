import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getArticle, listArticleSlugs } from "@/lib/db/articles";
import { articleParams } from "@/lib/params";
import { pngResponse, shareImage } from "@/lib/share/image";

// Drawn at build time, like the pages, and again when they are revalidated.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = await listArticleSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** The article's share image (Open Graph, Twitter): its title in the edition's script, over the site's name. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/articles/[slug]/share.png">) {
  const parsed = articleParams.safeParse(await params);
  const article = parsed.success ? await getArticle(parsed.data.slug, parsed.data.locale) : null;
  if (!parsed.success || !article) return new Response("Not Found", { status: 404 });
  const nav = await getTranslations({ locale: parsed.data.locale, namespace: "Navigation" });
  return pngResponse(await shareImage({ title: article.title, locale: article.locale, siteName: nav("brand"), label: article.publisher }));
}
