import { directionOf, type Locale } from "@/lib/locales";
import type { BlockView } from "@/lib/types";
import { Segments } from "./segments";

/** The article's paragraphs and subheadings; each glossary name is a button that opens its card. */
export function ArticleBody({ blocks, locale }: { blocks: BlockView[]; locale: Locale }) {
  return (
    <div className="article-body" lang={locale} dir={directionOf(locale)}>
      {blocks.map((block) =>
        block.kind === "heading" ? (
          <h2 key={block.anchor} id={block.anchor}>
            <Segments segments={block.segments} />
          </h2>
        ) : (
          <p key={block.anchor} id={block.anchor}>
            <Segments segments={block.segments} />
          </p>
        ),
      )}
    </div>
  );
}
