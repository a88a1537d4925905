import { defineRouting } from "next-intl/routing";

/** The one list of locales. Everything else (pages, messages, data files, tests) derives from it. */
export const routing = defineRouting({
  locales: ["en", "ru", "tg", "fa"],
  defaultLocale: "en",
  localePrefix: "always",
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});
