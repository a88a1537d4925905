"use client";

import { useTranslations } from "next-intl";

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Error");
  return (
    <div className="page" role="alert">
      <h1>{t("title")}</h1>
      <p>{t("description")}</p>
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </div>
  );
}
