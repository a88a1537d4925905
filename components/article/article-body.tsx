import { directionOf, type Locale } from "@/lib/locales";
import type { BlockView } from "@/lib/types";
import { cardId } from "@/components/glossary/term-card";
import { TermTrigger } from "@/components/glossary/term-trigger";

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
                <TermTrigger key={i} text={s.text} term={s.term} first={s.first} cardId={cardId(s.term)} />
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
