"use client";

import { useErrorMessages } from "@/components/layout/error-messages";

/** The localized error page, with the strings the layout hands down (error-messages.tsx). */
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorMessages();
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
