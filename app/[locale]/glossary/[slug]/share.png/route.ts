import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { getTermCard, listTermSlugs } from "@/lib/db/terms";
import { termParams } from "@/lib/params";
import { pngResponse, shareImage } from "@/lib/share/image";

// Drawn at build time, like the pages, and again when they are revalidated.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const slugs = await listTermSlugs();
  return routing.locales.flatMap((locale) => slugs.map((slug) => ({ locale, slug })));
}

/** A glossary entry's share image: the name in the reader's script, over the site's name and the glossary's. */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/glossary/[slug]/share.png">) {
  const parsed = termParams.safeParse(await params);
  const card = parsed.success ? await getTermCard(parsed.data.slug, parsed.data.locale) : null;
  if (!parsed.success || !card) return new Response("Not Found", { status: 404 });
  const nav = await getTranslations({ locale: parsed.data.locale, namespace: "Navigation" });
  const kinds = await getTranslations({ locale: parsed.data.locale, namespace: "Kinds" });
  return pngResponse(await shareImage({ title: card.name, locale: parsed.data.locale, siteName: nav("brand"), label: `${nav("glossary")} · ${kinds(card.kind)}` }));
}
