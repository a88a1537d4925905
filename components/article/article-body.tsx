import { directionOf, type Locale } from "@/lib/locales";
import type { BlockView } from "@/lib/types";
import { cardId } from "@/components/glossary/term-card";

/** The article's paragraphs and subheadings; each glossary name is a button that opens its card. */
export function ArticleBody({ blocks, locale }: { blocks: BlockView[]; locale: Locale }) {
  return (
    <div className="article-body" lang={locale} dir={directionOf(locale)}>
      {blocks.map((block) =>
        block.kind === "heading" ? (
          <h2 key={block.anchor} id={block.anchor}>
            {block.segments.map((s) => s.text).join("")}
          </h2>
        ) : (
          <p key={block.anchor} id={block.anchor}>
            {block.segments.map((s, i) =>
              "term" in s ? (
                <button
                  key={i}
                  type="button"
                  className="term"
                  translate="no"
                  popoverTarget={cardId(s.term)}
                  aria-controls={cardId(s.term)}
                  aria-expanded="false"
                  data-term={s.term}
                  data-first={s.first ? "" : undefined}
                >
                  {s.text}
                </button>
              ) : (
                s.text
              ),
            )}
          </p>
        ),
      )}
    </div>
  );
}
