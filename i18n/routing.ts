import { defineRouting } from "next-intl/routing";

/** The one list of locales. Everything else (pages, messages, data files, tests) derives from it. */
export const routing = defineRouting({
  locales: ["en", "ru", "tg", "fa"],
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

/** The same page in another locale: `/en/articles/x` → `/fa/articles/x` (prefix always present). */
export function pathInLocale(pathname: string, locale: (typeof routing.locales)[number]): string {
  const [, first = "", ...rest] = pathname.split("/");
  const tail = (routing.locales as readonly string[]).includes(first) ? rest : [first, ...rest].filter(Boolean);
  return `/${[locale, ...tail].join("/")}`;
}
