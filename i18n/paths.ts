import { pathInLocale, type routing } from "./routing";

/**
 * A localized path (`/glossary` in `fa` → `/fa/glossary`) for the public pages' server components.
 * Not next-intl's createNavigation (i18n/navigation.ts, for the editor): its Link is a client
 * component, and importing the module ships it and next-intl's client runtime, about 12 KB
 * compressed, with every page that does.
 */
export const getPathname = ({ locale, href }: { locale: (typeof routing.locales)[number]; href: string }) => pathInLocale(href, locale);
