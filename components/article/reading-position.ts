"use client";

/**
 * Keeps the reader's place across a language switch: the paragraph at the top of the screen goes
 * into the new address's fragment (#p12), and the open card is reopened there, in the new language.
 */

import { hasPopovers } from "@/components/glossary/popover-support";

const KEY = "tarjuma.resume";

/** The anchor of the paragraph or subheading being read: the first one that reaches below a
 * reading line just under the sticky header. */
export function paragraphOnScreen(): string | null {
  const header = Math.max(document.querySelector(".site-header")?.getBoundingClientRect().bottom ?? 0, 0);
  const line = header + window.innerHeight * 0.1;
  for (const block of document.querySelectorAll<HTMLElement>(".article-body [id]")) {
    if (block.getBoundingClientRect().bottom > line) return block.id;
  }
  return null;
}

/** The id of the card open now, if any (none where the browser has no popovers). */
export const openCardId = (): string | null =>
  hasPopovers() ? (document.querySelector<HTMLElement>(".term-card:popover-open")?.id ?? null) : null;

/** Remembers the card to reopen on the page the reader is going to. */
export function rememberOpenCard(targetPath: string, card: string | null) {
  try {
    if (card) sessionStorage.setItem(KEY, JSON.stringify({ path: targetPath, card }));
    else sessionStorage.removeItem(KEY);
  } catch {}
}

/** The card to reopen on this page (once), if the reader came here with one open. */
export function takeCardToReopen(): string | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    sessionStorage.removeItem(KEY);
    const saved = JSON.parse(raw) as { path?: unknown; card?: unknown };
    return saved.path === window.location.pathname && typeof saved.card === "string" ? saved.card : null;
  } catch {
    return null;
  }
}
