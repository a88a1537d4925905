"use client";

import { useTranslations } from "next-intl";
import { directionOf, type Locale } from "@/lib/locales";

interface Version {
  /** The title, where the form edits one beside the text */
  title?: string;
  text: string;
}

/** Someone saved the text since it was opened: their saved version beside the one in the form. */
export function ConflictVersions({ locale, theirs, yours }: { locale: Locale; theirs: Version; yours: Version }) {
  const t = useTranslations("Editor");
  const version = (id: string, heading: string, v: Version) => (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      {v.title !== undefined && <p className="conflict__title">{v.title}</p>}
      <pre lang={locale} dir={directionOf(locale)}>
        {v.text}
      </pre>
    </section>
  );
  return (
    <div className="conflict" role="group" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t("conflictTitle")}</h2>
      <p>{t("conflictHelp")}</p>
      <div className="conflict__versions">
        {version("theirs-title", t("theirVersion"), theirs)}
        {version("yours-title", t("yourVersion"), yours)}
      </div>
    </div>
  );
}
