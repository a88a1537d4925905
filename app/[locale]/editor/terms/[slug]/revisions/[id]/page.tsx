import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/editor/editor-header";
import { Link } from "@/i18n/navigation";
import { editorOrSignIn } from "@/lib/editor/guard";
import { termRevision } from "@/lib/editor/revisions";
import { termParams } from "@/lib/params";

export const metadata: Metadata = { robots: { index: false } };

/** One revision: who changed what, with the term before and after (as the glossary file format). */
export default async function RevisionPage({ params }: PageProps<"/[locale]/editor/terms/[slug]/revisions/[id]">) {
  const raw = await params;
  const parsed = termParams.safeParse(raw);
  const id = Number(raw.id);
  if (!parsed.success || !Number.isSafeInteger(id)) notFound();
  const { locale, slug } = parsed.data;
  setRequestLocale(locale);
  const editor = await editorOrSignIn(locale);
  const revision = await termRevision(id);
  if (!revision || revision.termSlug !== slug) notFound();
  const t = await getTranslations({ locale, namespace: "Editor" });
  return (
    <div className="page page--wide editor">
      <EditorHeader editor={editor} locale={locale} />
      <h1>{t("revision", { id })}</h1>
      <p>
        {t(`action_${revision.action}`)} {revision.editor && t("by", { name: revision.editor })} · {revision.at} ·{" "}
        {t("changedFields", { fields: revision.changed.join(", ") })}
      </p>
      <p>
        <Link href={`/editor/terms/${slug}`}>{t("backToTerm")}</Link>
      </p>
      <div className="revision-diff">
        <section aria-labelledby="before">
          <h2 id="before">{t("before")}</h2>
          <pre>{revision.before ? JSON.stringify(revision.before, null, 2) : "—"}</pre>
        </section>
        <section aria-labelledby="after">
          <h2 id="after">{t("after")}</h2>
          <pre>{JSON.stringify(revision.after, null, 2)}</pre>
        </section>
      </div>
    </div>
  );
}
