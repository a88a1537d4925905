import type { Metadata } from "next";
import { getPathname } from "./paths";
import { routing } from "./routing";

type Href = Parameters<typeof getPathname>[0]["href"];

/** Canonical address and hreflang alternates (with x-default) of a page in every locale. */
export function alternates(locale: (typeof routing.locales)[number], href: Href): Metadata["alternates"] {
  return {
    canonical: getPathname({ locale, href }),
    languages: Object.fromEntries([
      ...routing.locales.map((l) => [l, getPathname({ locale: l, href })]),
      ["x-default", getPathname({ locale: routing.defaultLocale, href })],
    ]),
  };
}
