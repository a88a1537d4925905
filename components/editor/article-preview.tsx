"use client";

import { useTranslations } from "next-intl";
import { ArticleBody } from "@/components/article/article-body";
import { TermCardList } from "@/components/glossary/term-card";
import { TermPopovers } from "@/components/glossary/term-popovers";
import { MapBases, type MapBaseDrawing } from "@/components/map/map-svg";
import { getPathname } from "@/i18n/paths";
import type { Locale } from "@/lib/locales";
import type { BlockView } from "@/lib/types";

export interface PreviewData {
  blocks: BlockView[];
  /** The cards' data, as termCardData made it (a CardSet as JSON). */
  set: string;
  /** The base maps the cards' maps are views into. */
  bases: MapBaseDrawing[];
}

/** A key that changes with the preview's text. */
const previewKey = (preview: PreviewData) => {
  let hash = 0;
  for (const char of JSON.stringify(preview.blocks)) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
};

/**
 * The text as a reader will see it: the site's own article body, its names linked by the site's
 * matcher, and their cards (HTML popovers, built when first opened, as on the article page).
 */
export function ArticlePreview({ preview, locale, uiLocale, pending }: { preview: PreviewData | null; locale: Locale; uiLocale: Locale; pending: boolean }) {
  const t = useTranslations("Editor");
  return (
    <section className="article-preview" aria-labelledby="preview-title" aria-busy={pending}>
      <h2 id="preview-title">{t("articlePreview")}</h2>
      {preview && preview.blocks.length > 0 ? (
        <div className="article">
          <ArticleBody blocks={preview.blocks} locale={locale} glossaryPath={getPathname({ locale: uiLocale, href: "/glossary" })} />
          <MapBases bases={preview.bases} />
          <TermCardList set={preview.set} lang={uiLocale} />
          {/* names become card buttons as on the article page (this is the editor pages' one TermPopovers), set up again for every new preview: its names are new elements */}
          <TermPopovers key={previewKey(preview)} />
        </div>
      ) : (
        <p className="muted">{t("previewEmpty")}</p>
      )}
    </section>
  );
}
