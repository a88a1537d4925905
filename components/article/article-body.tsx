import { directionOf, type Locale } from "@/lib/locales";
import { blocksHtml } from "@/lib/text/body-html";
import type { BlockView } from "@/lib/types";

/** The article's paragraphs and subheadings; each glossary name links to its entry and opens its card. */
export function ArticleBody({ blocks, locale, glossaryPath }: { blocks: BlockView[]; locale: Locale; glossaryPath: string }) {
  return <div className="article-body" lang={locale} dir={directionOf(locale)} dangerouslySetInnerHTML={{ __html: blocksHtml(blocks, glossaryPath) }} />;
}
