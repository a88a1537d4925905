"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { importFeedAction, importPageAction } from "@/app/[locale]/editor/articles/actions";
import { Link } from "@/i18n/navigation";
import type { FeedReport } from "@/lib/editor/articles";
import { idle, type FormState } from "@/lib/editor/form-state";
import type { Locale } from "@/lib/locales";
import { FormStatus } from "./form-status";

/** Two forms: a page (address or saved file) becomes a draft; a feed's new items become drafts. */
export function ImportForms({ uiLocale }: { uiLocale: Locale }) {
  const t = useTranslations("Editor");
  const [page, pageAction, pagePending] = useActionState(importPageAction, idle);
  const [feed, feedAction, feedPending] = useActionState<FormState<Record<string, string>, FeedReport>, FormData>(importFeedAction, idle as FormState<Record<string, string>, FeedReport>);
  const report = feed.status === "ok" ? feed.result : undefined;
  return (
    <>
      <section aria-labelledby="from-page">
        <h2 id="from-page">{t("fromPage")}</h2>
        <form action={pageAction} className="editor-form">
          <input type="hidden" name="uiLocale" value={uiLocale} />
          <FormStatus state={page} />
          <label htmlFor="import-url">
            {t("pageAddress")}
            <input id="import-url" name="url" type="url" dir="ltr" inputMode="url" defaultValue={String(page.values?.url ?? "")} placeholder="https://" />
          </label>
          <label htmlFor="import-file">
            {t("pageFile")}
            <input id="import-file" name="file" type="file" accept=".html,.htm,text/html,application/xhtml+xml" />
          </label>
          <p className="hint">{t("pageHint")}</p>
          <button type="submit" disabled={pagePending}>
            {pagePending ? t("importing") : t("importPage")}
          </button>
        </form>
      </section>
      <section aria-labelledby="from-feed">
        <h2 id="from-feed">{t("fromFeed")}</h2>
        <form action={feedAction} className="editor-form">
          <input type="hidden" name="uiLocale" value={uiLocale} />
          <label htmlFor="import-feed">
            {t("feedAddress")}
            <input id="import-feed" name="feed" type="url" dir="ltr" inputMode="url" required defaultValue={String(feed.values?.feed ?? "")} placeholder="https://" />
          </label>
          <p className="hint">{t("feedHint")}</p>
          <button type="submit" disabled={feedPending}>
            {feedPending ? t("importing") : t("importFeed")}
          </button>
          <FormStatus state={feed} />
        </form>
        {report && (
          <div className="feed-report">
            <p>{t("feedSummary", { added: report.added.length, known: report.known, failed: report.failed.length })}</p>
            {report.added.length > 0 && (
              <ul>
                {report.added.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/editor/articles/${a.slug}`}>{a.title}</Link>
                  </li>
                ))}
              </ul>
            )}
            {report.failed.length > 0 && (
              <ul>
                {report.failed.map((f) => (
                  <li key={f.url}>
                    <span dir="ltr">{f.url}</span>: {t.has(`status.${f.code}` as "status.notAnArticle") ? t(`status.${f.code}` as "status.notAnArticle") : f.message}
                  </li>
                ))}
              </ul>
            )}
            {report.later > 0 && <p>{t("feedLater", { count: report.later })}</p>}
          </div>
        )}
      </section>
    </>
  );
}
