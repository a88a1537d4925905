import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getPathname } from "./paths";
import { routing } from "./routing";

type Href = Parameters<typeof getPathname>[0]["href"];
type Locale = (typeof routing.locales)[number];

/** The locale's Atom feed, linked from every page (by the layout, and by every page that sets its alternates). */
export async function feedLink(locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { "application/atom+xml": [{ url: getPathname({ locale, href: "/feed.xml" }), title: t("feed") }] };
}

/** Canonical address and hreflang alternates (with x-default) of a page in every locale, and the locale's feed. */
export async function alternates(locale: Locale, href: Href): Promise<Metadata["alternates"]> {
  return {
    canonical: getPathname({ locale, href }),
    languages: Object.fromEntries([
      ...routing.locales.map((l) => [l, getPathname({ locale: l, href })]),
      ["x-default", getPathname({ locale: routing.defaultLocale, href })],
    ]),
    types: await feedLink(locale),
  };
}
