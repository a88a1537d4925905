/**
 * An article's text as HTML: its paragraphs and subheadings, each glossary name a link to its entry
 * (`<a class="term">`), so that it leads there in every browser, with or without JavaScript or the
 * popover API; where both are there, term-popovers.tsx makes it a button that opens the name's card.
 * One string rather than React elements: the text never changes once shown (the reader's settings
 * quiet names with CSS, see quiet-names.tsx), so the page does not hydrate its hundreds of nodes.
 * Pure, for the article page, the parallel view and the editor's preview alike.
 */
import type { BlockView, Segment } from "../types";
import { escapeHtml as esc } from "./html";

/** Punctuation that must stay on the line of the name before it ("Tajikistan." "Taliban's"). */
const trailing = /^[.,;:!?)\]»”’'"،؛؟…]+(?:s\b)?/u;

/** The text of one block; `glossaryPath` is the glossary's path in the reader's locale (/en/glossary). */
export function segmentsHtml(segments: readonly Segment[], glossaryPath: string): string {
  let html = "";
  let carry = "";
  segments.forEach((s, i) => {
    if (!("term" in s)) {
      html += esc(s.text.slice(carry.length));
      carry = "";
      return;
    }
    const next = segments[i + 1];
    carry = next && !("term" in next) ? (trailing.exec(next.text)?.[0] ?? "") : "";
    const link =
      `<a class="term" href="${esc(`${glossaryPath}/${s.term}`)}" translate="no" data-term="${esc(s.term)}"${s.first ? ' data-first=""' : ""}>` +
      `${esc(s.text)}</a>`;
    html += carry ? `<span class="nobr">${link}${esc(carry)}</span>` : link;
  });
  return html;
}

/** The blocks of an article, each with its anchor as id. */
export function blocksHtml(blocks: readonly BlockView[], glossaryPath: string): string {
  return blocks
    .map((b) => {
      const tag = b.kind === "heading" ? "h2" : "p";
      return `<${tag} id="${esc(b.anchor)}">${segmentsHtml(b.segments, glossaryPath)}</${tag}>`;
    })
    .join("");
}
