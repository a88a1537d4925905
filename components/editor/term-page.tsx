import { getTranslations } from "next-intl/server";
import { revertTermAction } from "@/app/[locale]/editor/terms/actions";
import { EditorHeader } from "@/components/editor/editor-header";
import { EditorMessages } from "@/components/editor/editor-messages";
import { RevisionList } from "@/components/editor/revision-list";
import { TermEditor } from "@/components/editor/term-editor";
import { Link } from "@/i18n/navigation";
import type { EditorAccount } from "@/lib/db/editors";
import type { RevisionSummary } from "@/lib/db/revisions";
import { missingLocales, toEdit, type TermEditInput } from "@/lib/editor/term-edit";
import { languageLabel } from "@/lib/format/language";
import { termKinds, type TermFile } from "@/lib/import/glossary-schema";
import { byLocale, forReader, isLocale, type Locale } from "@/lib/locales";

/** A term's preferred names with their tags. */
const namesOf = (term: TermFile) => Object.entries(term.names).flatMap(([tag, b]) => (b.preferred ? [{ tag, text: b.preferred.text }] : []));

interface Props {
  editor: EditorAccount;
  locale: Locale;
  term: TermFile | null;
  revisions: RevisionSummary[];
  sourceKeys: string[];
  /** Starting values for a new term (a name found in an article). */
  start?: Partial<TermEditInput>;
  saved?: boolean;
}

/** The editor's page for one term (or a new one): the form, its preview, and the revisions. */
export async function TermEditPage({ editor, locale, term, revisions, sourceKeys, start, saved }: Props) {
  const t = await getTranslations({ locale, namespace: "Editor" });
  const kinds = await getTranslations({ locale, namespace: "Kinds" });
  const languages = await getTranslations({ locale, namespace: "Languages" });
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
          initial={{ ...toEdit(term), ...start }}
          isNew={!term}
          kinds={Object.fromEntries(termKinds.map((k) => [k, kinds(k)]))}
          languages={byLocale(languages)}
          statusLabels={{ deprecated: tc("deprecated"), superseded: tc("superseded") }}
          sourceKeys={sourceKeys}
          saved={saved}
        />
        {term && (
          <section aria-labelledby="revisions">
            <h2 id="revisions">{t("revisions")}</h2>
            <RevisionList
              action={revertTermAction}
              locale={locale}
              labels={{ byCommand: t("byCommand") }}
              rows={revisions.map((r) => ({
                id: r.id,
                at: r.at,
                action: t(`action_${r.action}`),
                editor: r.editor,
                changed: r.changed,
                href: `/editor/terms/${term.slug}/revisions/${r.id}`,
                revertible: r.action !== "create",
              }))}
            />
          </section>
        )}
      </EditorMessages>
    </div>
  );
}
