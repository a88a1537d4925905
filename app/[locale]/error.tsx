"use client";

import { useMessages } from "next-intl";

/**
 * The localized error page. Its strings have no placeholders, so it reads them as they are
 * (useMessages) and every page is spared the message formatter's JavaScript.
 */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const { Error: t } = useMessages();
  return (
    <div className="page" role="alert">
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}
