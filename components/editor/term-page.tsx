import { getTranslations } from "next-intl/server";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { RevertButton } from "@/components/editor/revert-button";
import { TermEditor } from "@/components/editor/term-editor";
import { Link } from "@/i18n/navigation";
import { db } from "@/lib/db/client";
import type { EditorAccount } from "@/lib/db/editors";
import { exportGlossary } from "@/lib/db/glossary";
import { listRevisions } from "@/lib/db/revisions";
import { toEdit } from "@/lib/editor/term-edit";
import { termKinds, type TermFile } from "@/lib/import/glossary-schema";
import { byLocale, type Locale } from "@/lib/locales";

/** The editor's page for one term (or a new one): the form, its preview, and the revisions. */
export async function TermEditPage({ editor, locale, term }: { editor: EditorAccount; locale: Locale; term: TermFile | null }) {
  const t = await getTranslations({ locale, namespace: "Editor" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const sourceKeys = (await exportGlossary(db(), [])).sources.map((s) => s.key);
  const revisions = term ? await listRevisions(db(), term.slug) : [];
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1 translate="no">{term ? term.names[locale].preferred : t("newTerm")}</h1>
      {term && (
        <p>
          <Link href={`/glossary/${term.slug}`}>{t("viewEntry")}</Link>
        </p>
      )}
      <EditorMessages locale={locale}>
        <TermEditor
          locale={locale}
          initial={toEdit(term)}
          isNew={!term}
          kinds={Object.fromEntries(termKinds.map((k) => [k, kinds(k)]))}
          languages={byLocale(languages)}
          sourceKeys={sourceKeys}
        />
        {term && (
          <section aria-labelledby="revisions">
            <h2 id="revisions">{t("revisions")}</h2>
            {revisions.length === 0 ? (
              <p>{t("noRevisions")}</p>
            ) : (
              <ol className="revisions">
                {revisions.map((r) => (
                  <li key={r.id}>
                    <time dateTime={r.at}>{format.format(new Date(r.at))}</time> · {t(`action_${r.action}`)}
                    {r.editor && ` ${t("by", { name: r.editor })}`} · {t("changedFields", { fields: r.changed.join(", ") })} ·{" "}
                    <Link href={`/editor/terms/${term.slug}/revisions/${r.id}`}>{t("viewRevision")}</Link>
                    {r.action !== "create" && (
                      <>
                        {" · "}
                        <RevertButton id={r.id} />
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
      </EditorMessages>
    </div>
  );
}
