import "server-only";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/paths";
import { getEditions } from "@/lib/db/articles";
import type { Locale } from "@/lib/locales";
import type { SaveList } from "./keep";

/** What "save for offline" keeps of an article: each edition, then the entry of each name it mentions. Null for an unknown article. */
export async function saveList(slug: string, locale: Locale): Promise<SaveList | null> {
  const editions = await getEditions(slug, locale);
  if (editions.length === 0) return null;
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const cards = new Map(editions.flatMap((e) => e.cards).map((c) => [c.slug, c]));
  return {
    article: getPathname({ locale, href: `/articles/${slug}` }),
    pages: [
      ...editions.map((e) => ({ url: getPathname({ locale: e.locale, href: `/articles/${slug}` }), title: `${languages(e.locale)}: ${e.title}` })),
      ...[...cards.values()].map((c) => ({ url: getPathname({ locale, href: `/glossary/${c.slug}` }), title: c.name })),
    ],
  };
}
