"use client";

import { useEffect, useState } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import type { Locale } from "@/lib/locales";

interface Props {
  label: string;
  current: Locale;
  options: { locale: Locale; name: string }[];
}

/** Links to the same page in every locale; remembers the choice in the locale cookie. */
export function LocaleSwitcher({ label, current, options }: Props) {
  const pathname = usePathname();
  const [hash, setHash] = useState("");
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);
  const remember = (locale: Locale) => {
    document.cookie = `NEXT_LOCALE=${locale}; path=/; max-age=31536000; samesite=lax`;
  };
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
              onClick={() => remember(o.locale)}
            >
              {o.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
