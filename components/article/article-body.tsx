import { directionOf, type Locale } from "@/lib/locales";
import type { BlockView } from "@/lib/types";
import { Segments } from "./segments";

/** The article's paragraphs and subheadings; each glossary name links to its entry and opens its card. */
export function ArticleBody({ blocks, locale, glossaryPath }: { blocks: BlockView[]; locale: Locale; glossaryPath: string }) {
  return (
    <div className="article-body" lang={locale} dir={directionOf(locale)}>
      {blocks.map((block) =>
        block.kind === "heading" ? (
          <h2 key={block.anchor} id={block.anchor}>
            <Segments segments={block.segments} glossaryPath={glossaryPath} />
          </h2>
        ) : (
          <p key={block.anchor} id={block.anchor}>
            <Segments segments={block.segments} glossaryPath={glossaryPath} />
          </p>
        ),
      )}
    </div>
  );
}
