"use client";

import { useHighlightMode } from "@/components/article/highlight-store";
import { cardId } from "./card-id";

interface Props {
  text: string;
  term: string;
  first: boolean;
}

/**
 * A glossary name in the text: a button that opens its card (popovertarget, so it works without
 * JavaScript). When the reader's setting leaves this occurrence unhighlighted, it is plain text.
 */
export function TermTrigger({ text, term, first }: Props) {
  const mode = useHighlightMode();
  const card = cardId(term);
  if (mode === "none" || (mode === "first" && !first)) {
    return (
      <span className="term-plain" translate="no">
        {text}
      </span>
    );
  }
  return (
    <button
      type="button"
      className="term"
      translate="no"
      popoverTarget={card}
      aria-controls={card}
      aria-expanded="false"
      data-term={term}
      data-first={first ? "" : undefined}
    >
      {text}
    </button>
  );
}
