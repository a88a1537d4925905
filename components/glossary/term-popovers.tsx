"use client";

import { useEffect } from "react";

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
      target instanceof Element ? target.closest<HTMLElement>("button.term:not([tabindex='-1'])") : null;
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
    const schedulePlace = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    const scheduleClose = () => {
      window.clearTimeout(closeTimer);
      closeTimer = window.setTimeout(() => open?.hidePopover(), GRACE);
    };

    const onClick = (event: MouseEvent) => {
      const trigger = termAt(event.target);
      if (!trigger) return;
      window.clearTimeout(hoverTimer);
      window.clearTimeout(closeTimer);
      if (open && source === trigger && viaHover) {
        // a click on a card opened by hover keeps it open instead of toggling it shut
        event.preventDefault();
        viaHover = false;
        return;
      }
      if (open && source !== trigger) source?.setAttribute("aria-expanded", "false");
      source = trigger;
      viaHover = false;
    };
    const onToggle = (event: Event) => {
      const card = event.target;
      if (!(card instanceof HTMLElement) || !card.classList.contains("term-card")) return;
      if ((event as ToggleEvent).newState === "open") {
        if (!source || cardOf(source) !== card) source = document.querySelector<HTMLElement>(`button.term[aria-controls="${card.id}"]`);
        open = card;
        source?.setAttribute("aria-expanded", "true");
        place();
      } else if (open === card) {
        source?.setAttribute("aria-expanded", "false");
        open = null;
        viaHover = false;
        delete card.dataset.placed;
      }
    };
    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType !== "mouse" || !finePointer.matches) return;
      if (cardAt(event.target)) {
        window.clearTimeout(closeTimer);
        return;
      }
      const trigger = termAt(event.target);
      if (!trigger) return;
      window.clearTimeout(closeTimer);
      if (open && source === trigger) return;
      window.clearTimeout(hoverTimer);
      hoverTimer = window.setTimeout(() => {
        const card = cardOf(trigger) as Showable | null;
        if (!card || !trigger.isConnected) return;
        if (open && open !== card) open.hidePopover();
        source = trigger;
        viaHover = true;
        if (!card.matches(":popover-open")) card.showPopover({ source: trigger });
      }, HOVER_DELAY);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== "mouse") return;
      const from = termAt(event.target) ?? cardAt(event.target);
      if (!from || from.contains(event.relatedTarget as Node | null)) return;
      window.clearTimeout(hoverTimer);
      const into = event.relatedTarget;
      if (open && viaHover && !(cardAt(into) === open || termAt(into) === source)) scheduleClose();
    };

    document.addEventListener("click", onClick, true);
    document.addEventListener("toggle", onToggle, true);
    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("pointerout", onPointerOut);
    window.addEventListener("scroll", schedulePlace, { passive: true });
    window.addEventListener("resize", schedulePlace);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("toggle", onToggle, true);
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("pointerout", onPointerOut);
      window.removeEventListener("scroll", schedulePlace);
      window.removeEventListener("resize", schedulePlace);
      window.clearTimeout(hoverTimer);
      window.clearTimeout(closeTimer);
      cancelAnimationFrame(frame);
    };
  }, []);
  return null;
}
