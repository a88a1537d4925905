"use client";

import { useEffect } from "react";
import { takeCardToReopen } from "@/components/article/reading-position";

const HOVER_DELAY = 150;
const GRACE = 300;
const MARGIN = 8;

type Showable = HTMLElement & { showPopover(options?: { source?: HTMLElement }): void };

/**
 * Behaviour for the server-rendered term buttons and cards: places the open card next to its
 * button (inside the viewport, mirrored in right-to-left text), opens it after a short hover on a
 * fine pointer and keeps it open while the pointer moves into it, and keeps aria-expanded in step.
 * Opening, closing, Escape and focus return come from the HTML popover itself.
 */
export function TermPopovers() {
  useEffect(() => {
    let source: HTMLElement | null = null;
    let open: HTMLElement | null = null;
    let viaHover = false;
    let hoverTimer: number | undefined;
    let closeTimer: number | undefined;
    let frame = 0;
    const finePointer = window.matchMedia("(hover: hover) and (pointer: fine)");
    const cardOf = (trigger: HTMLElement) => document.getElementById(trigger.getAttribute("aria-controls") ?? "");
    const termAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>("button.term") : null;
    const cardAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>(".term-card") : null;

    const place = () => {
      if (!open || !source) return;
      const rect = source.getClientRects()[0] ?? source.getBoundingClientRect();
      const width = document.documentElement.clientWidth;
      const height = window.innerHeight;
      open.style.maxWidth = `${width - 2 * MARGIN}px`;
      const w = open.offsetWidth;
      const h = open.offsetHeight;
      const rtl = getComputedStyle(source).direction === "rtl";
      const left = Math.min(Math.max((rtl ? rect.right - w : rect.left), MARGIN), width - w - MARGIN);
      let top = rect.bottom + 6;
      if (top + h > height - MARGIN && rect.top - 6 - h >= MARGIN) top = rect.top - 6 - h;
      open.style.left = `${Math.max(left, MARGIN)}px`;
      open.style.top = `${Math.max(MARGIN, Math.min(top, height - h - MARGIN))}px`;
      open.dataset.placed = "";
    };
    const cancelClose = () => {
      window.clearTimeout(closeTimer);
      closeTimer = undefined;
    };
    const schedulePlace = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };

    const onClick = (event: MouseEvent) => {
      const trigger = termAt(event.target);
      if (!trigger) return;
      window.clearTimeout(hoverTimer);
      cancelClose();
      if (open && source === trigger && viaHover) {
        // a click on a card opened by hover keeps it open instead of toggling it shut
        event.preventDefault();
        viaHover = false;
        return;
      }
      source = trigger;
      viaHover = false;
    };
    const isCard = (target: EventTarget | null): target is HTMLElement =>
      target instanceof HTMLElement && target.classList.contains("term-card");
    // Placed in the frame it first shows in (beforetoggle, then the next animation frame, before paint),
    // so a card never flashes where the stylesheet alone would put it.
    const onBeforeToggle = (event: Event) => {
      const card = event.target;
      if (!isCard(card) || (event as ToggleEvent).newState !== "open") return;
      if (!source || cardOf(source) !== card) source = document.querySelector<HTMLElement>(`button.term[aria-controls="${card.id}"]`);
      open = card;
      source?.setAttribute("aria-expanded", "true");
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const onToggle = (event: Event) => {
      const card = event.target;
      if (!isCard(card) || (event as ToggleEvent).newState === "open") return;
      for (const trigger of document.querySelectorAll(`button.term[aria-controls="${card.id}"][aria-expanded="true"]`)) {
        if (trigger !== source || open === card) trigger.setAttribute("aria-expanded", "false");
      }
      delete card.dataset.placed;
      if (open !== card) return;
      open = null;
      viaHover = false;
      cancelClose();
    };
    // Hover, followed on every pointer move (sturdier than over/out pairs): resting on a name for
    // HOVER_DELAY opens its card; leaving both the name and its card closes it after GRACE.
    let candidate: HTMLElement | null = null;
    const onPointerMove = (event: PointerEvent) => {
      if (event.pointerType !== "mouse") return;
      const trigger = termAt(event.target);
      const inside = (open && cardAt(event.target) === open) || (trigger !== null && trigger === source);
      if (open && viaHover) {
        if (inside) cancelClose();
        else if (closeTimer === undefined) {
          closeTimer = window.setTimeout(() => {
            closeTimer = undefined;
            if (viaHover) open?.hidePopover();
          }, GRACE);
        }
      }
      if (trigger === candidate || !finePointer.matches) return;
      window.clearTimeout(hoverTimer);
      candidate = trigger;
      if (!trigger || (open && source === trigger)) return;
      hoverTimer = window.setTimeout(() => {
        const card = cardOf(trigger) as Showable | null;
        if (!card || candidate !== trigger || !trigger.isConnected) return;
        if (open && open !== card) open.hidePopover();
        source = trigger;
        viaHover = true;
        if (!card.matches(":popover-open")) card.showPopover({ source: trigger });
      }, HOVER_DELAY);
    };
    const onPointerLeave = () => {
      window.clearTimeout(hoverTimer);
      candidate = null;
      if (open && viaHover) open.hidePopover();
    };

    document.addEventListener("click", onClick, true);
    document.addEventListener("beforetoggle", onBeforeToggle, true);
    document.addEventListener("toggle", onToggle, true);
    document.addEventListener("pointermove", onPointerMove);
    document.documentElement.addEventListener("pointerleave", onPointerLeave);
    window.addEventListener("scroll", schedulePlace, { passive: true });
    window.addEventListener("resize", schedulePlace);

    // fetch the fonts the cards need while the reader reads, so opening one needs no request
    const cardText = [...document.querySelectorAll(".term-card")].map((c) => c.textContent).join(" ");
    for (const face of ['400 1em "Noto Sans"', '700 1em "Noto Sans"', '400 1em "Vazirmatn"', '700 1em "Vazirmatn"']) {
      document.fonts.load(face, cardText).catch(() => {});
    }

    // a card that was open before a language switch opens again, next to its name in this edition
    const reopen = takeCardToReopen();
    const card = reopen ? (document.getElementById(reopen) as Showable | null) : null;
    if (card) {
      const near = document.getElementById(window.location.hash.slice(1));
      const selector = `button.term[aria-controls="${card.id}"]`;
      source = near?.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
      if (source) card.showPopover({ source });
    }

    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("beforetoggle", onBeforeToggle, true);
      document.removeEventListener("toggle", onToggle, true);
      document.removeEventListener("pointermove", onPointerMove);
      document.documentElement.removeEventListener("pointerleave", onPointerLeave);
      window.removeEventListener("scroll", schedulePlace);
      window.removeEventListener("resize", schedulePlace);
      window.clearTimeout(hoverTimer);
      cancelClose();
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
