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
import { missingLocales, toEdit } from "@/lib/editor/term-edit";
import { languageLabel } from "@/lib/format/language";
import { termKinds, type TermFile } from "@/lib/import/glossary-schema";
import { byLocale, forReader, isLocale, type Locale } from "@/lib/locales";

/** A term's preferred names with their tags. */
const namesOf = (term: TermFile) => Object.entries(term.names).flatMap(([tag, b]) => (b.preferred ? [{ tag, text: b.preferred.text }] : []));

/** The editor's page for one term (or a new one): the form, its preview, and the revisions. */
export async function TermEditPage({ editor, locale, term }: { editor: EditorAccount; locale: Locale; term: TermFile | null }) {
  const t = await getTranslations({ locale, namespace: "Editor" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
  const sourceKeys = (await exportGlossary(db(), [])).sources.map((s) => s.key);
  const revisions = term ? await listRevisions(db(), term.slug) : [];
  const format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const tc = await getTranslations({ locale, namespace: "TermCard" });
  const missing = missingLocales(term);
  const otherTags = Object.keys(term?.names ?? {}).filter((tag) => !isLocale(tag));
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1 translate="no">{term ? (forReader(namesOf(term), locale)?.item.text ?? term.slug) : t("newTerm")}</h1>
      {term && (
        <>
          <p>
            <Link href={`/glossary/${term.slug}`}>{t("viewEntry")}</Link>
          </p>
          <p className={missing.length ? "notice" : undefined}>
            {missing.length ? t("missing", { languages: missing.map((l) => languages(l)).join(", ") }) : t("complete")}
            {otherTags.length > 0 && ` ${t("otherLanguagesKept", { languages: otherTags.map((tag) => languageLabel(tag, locale, languages)).join(", ") })}`}
          </p>
        </>
      )}
      <EditorMessages locale={locale}>
        <TermEditor
          locale={locale}
          initial={toEdit(term)}
          isNew={!term}
          kinds={Object.fromEntries(termKinds.map((k) => [k, kinds(k)]))}
          languages={byLocale(languages)}
          statusLabels={{ deprecated: tc("deprecated"), superseded: tc("superseded") }}
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
