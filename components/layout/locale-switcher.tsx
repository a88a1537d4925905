"use client";

import { usePathname } from "next/navigation";
import { useRef, type MouseEvent } from "react";
import { pathInLocale } from "@/i18n/routing";
import type { Locale } from "@/lib/locales";
import { openCardId, paragraphOnScreen, rememberOpenCard } from "@/components/article/reading-position";

interface Props {
  label: string;
  current: Locale;
  options: { locale: Locale; name: string }[];
}

/** The reader's choice outlives the visit: `/` sends them to it next time. */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/**
 * Links to the same page in every locale. On an article the switch keeps the reader's place: the
 * paragraph on screen and the open card come along to the other edition.
 */
export function LocaleSwitcher({ label, current, options }: Props) {
  const pathname = usePathname();
  // a pointer press outside an open card closes it (light dismiss) before the click: note it first
  const cardAtPress = useRef<string | null>(null);
  const go = (event: MouseEvent<HTMLAnchorElement>, locale: Locale) => {
    rememberLocale(locale);
    const anchor = paragraphOnScreen();
    if (!anchor || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const target = event.currentTarget.pathname;
    rememberOpenCard(target, cardAtPress.current ?? openCardId());
    cardAtPress.current = null;
    // A full load on purpose: the other locale's static page, with the browser's own jump to #pN.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`${target}#${anchor}`);
  };
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {options.map((o) => (
          <li key={o.locale}>
            <a
              href={pathInLocale(pathname, o.locale)}
              lang={o.locale}
              hrefLang={o.locale}
              aria-current={o.locale === current ? "true" : undefined}
              onPointerDown={() => (cardAtPress.current = openCardId())}
              onClick={(event) => go(event, o.locale)}
            >
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
