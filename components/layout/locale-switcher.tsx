"use client";

import { useSyncExternalStore } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/lib/locales";

interface Props {
  label: string;
  current: Locale;
  options: { locale: Locale; name: string }[];
}

function subscribeHash(listener: () => void) {
  window.addEventListener("hashchange", listener);
  return () => window.removeEventListener("hashchange", listener);
}
const currentHash = () => window.location.hash;

/** The reader's choice outlives the visit: `/` sends them to it next time. */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
}

/** Links to the same page (and the same paragraph) in every locale. */
export function LocaleSwitcher({ label, current, options }: Props) {
  const pathname = usePathname();
  const hash = useSyncExternalStore(subscribeHash, currentHash, () => "");
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {options.map((o) => (
          <li key={o.locale}>
            <Link
              href={`${pathname}${hash}`}
              locale={o.locale}
              lang={o.locale}
              hrefLang={o.locale}
              aria-current={o.locale === current ? "true" : undefined}
              onClick={() => rememberLocale(o.locale)}
            >
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
