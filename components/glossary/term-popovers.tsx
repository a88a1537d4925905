"use client";

import { useEffect } from "react";
import { isQuiet, markKnown, subscribe } from "@/components/article/highlight-store";
import { takeCardToReopen } from "@/components/article/reading-position";
import { cardId } from "./card-id";
import { cardElement } from "./card-store";
import { hasPopovers } from "./popover-support";

const HOVER_DELAY = 150;
const GRACE = 300;
const MARGIN = 8;
/** Names given their roles in one task (see applyRoles). */
const ROLE_BATCH = 8;

type Showable = HTMLElement & { showPopover(options?: { source?: HTMLElement }): void };

/**
 * Behaviour for the server-rendered names and their cards. Each name is a link to its entry; here,
 * where the browser has the popover API, it becomes a button that opens the name's card, built on
 * its first opening (card-store.ts), and stays a link, leading to the entry, where it has not.
 * Names the reader's settings leave plain lose both roles. Places the open card next to its name (inside the viewport, mirrored in right-to-left
 * text), opens it after a short hover on a fine pointer and keeps it open while the pointer moves
 * into it, keeps aria-expanded in step, and marks a name as known from its card.
 * Closing on Escape or outside and the card's close button come from the HTML popover itself.
 */
export function TermPopovers() {
  useEffect(() => {
    const popovers = hasPopovers();
    const terms = () => document.querySelectorAll<HTMLElement>(".term");
    // the names' roles, following the reader's settings: a few names at a time, with a pause for
    // the browser between, so that a page of a hundred names is not one long task as it loads; an
    // attribute is written only when it changes, and each name's link is kept aside, not in the DOM
    const links = new WeakMap<HTMLElement, string>();
    const set = (term: HTMLElement, attribute: string, value: string) => {
      if (term.getAttribute(attribute) !== value) term.setAttribute(attribute, value);
    };
    const applyRole = (term: HTMLElement) => {
      if (!links.has(term)) links.set(term, term.getAttribute("href") ?? "");
      if (isQuiet(term)) {
        for (const attribute of ["href", "role", "aria-controls", "aria-expanded"]) term.removeAttribute(attribute);
        return;
      }
      set(term, "href", links.get(term)!);
      if (!popovers) return;
      set(term, "role", "button");
      set(term, "aria-controls", cardId(term.dataset.term ?? ""));
      if (!term.hasAttribute("aria-expanded")) term.setAttribute("aria-expanded", "false");
    };
    let pass = 0;
    let batchTimer: number | undefined;
    /** Gives every name its role, a batch per task, then calls `then` (in a task of its own). */
    const applyRoles = (then?: () => void) => {
      const run = ++pass;
      const list = [...terms()];
      const batch = (from: number) => {
        if (run !== pass) return;
        list.slice(from, from + ROLE_BATCH).forEach(applyRole);
        const next = from + ROLE_BATCH < list.length ? () => batch(from + ROLE_BATCH) : then;
        if (next) batchTimer = window.setTimeout(next);
      };
      batch(0);
    };
    const stopSettings = subscribe(() => applyRoles());
    const unsubscribe = () => {
      stopSettings();
      pass++;
      window.clearTimeout(batchTimer);
    };
    if (!popovers) {
      applyRoles();
      return unsubscribe;
    }

    let source: HTMLElement | null = null;
    let open: HTMLElement | null = null;
    let atPress: { card: HTMLElement; viaHover: boolean } | null = null;
    let viaHover = false;
    let hoverTimer: number | undefined;
    let closeTimer: number | undefined;
    let frame = 0;
    const finePointer = window.matchMedia("(hover: hover) and (pointer: fine)");
    const cardOf = (trigger: HTMLElement) => cardElement(trigger.getAttribute("aria-controls") ?? "") as Showable | null;
    const termAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('.term[role="button"]') : null;
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

    /**
     * Opens the trigger's card, or closes it when it was open; a click on a card opened by hover
     * keeps it open instead. A press on the name may already have closed the card (light dismiss),
     * so what was open is noted at the press.
     */
    const toggle = (trigger: HTMLElement) => {
      const card = cardOf(trigger);
      if (!card) return;
      window.clearTimeout(hoverTimer);
      cancelClose();
      const isOpen = card.matches(":popover-open");
      const pressed = atPress?.card === card ? atPress : null;
      atPress = null;
      const hovered = pressed ? pressed.viaHover : isOpen && viaHover;
      source = trigger;
      viaHover = false;
      if ((isOpen || pressed) && !hovered) {
        if (isOpen) card.hidePopover();
      } else if (!isOpen) card.showPopover({ source: trigger });
    };
    const onPointerDown = (event: PointerEvent) => {
      const trigger = termAt(event.target);
      atPress = trigger && open && cardOf(trigger) === open ? { card: open, viaHover } : null;
    };
    const onClick = (event: MouseEvent) => {
      const know = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-know]") : null;
      if (know) {
        const card = know.closest<HTMLElement>(".term-card");
        markKnown(know.dataset.know ?? "", card?.querySelector(".term-card__name")?.textContent ?? "", document.documentElement.lang);
        (card as Showable | null)?.hidePopover();
        return;
      }
      const trigger = termAt(event.target);
      if (!trigger || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      toggle(trigger);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const trigger = event.key === " " ? termAt(event.target) : null;
      if (!trigger) return;
      event.preventDefault();
      toggle(trigger);
    };
    const isCard = (target: EventTarget | null): target is HTMLElement =>
      target instanceof HTMLElement && target.classList.contains("term-card");
    // Placed in the frame it first shows in (beforetoggle, then the next animation frame, before paint),
    // so a card never flashes where the stylesheet alone would put it.
    const onBeforeToggle = (event: Event) => {
      const card = event.target;
      if (!isCard(card) || (event as ToggleEvent).newState !== "open") return;
      if (!source || cardOf(source) !== card) source = document.querySelector<HTMLElement>(`.term[aria-controls="${card.id}"]`);
      open = card;
      source?.setAttribute("aria-expanded", "true");
      schedulePlace();
    };
    const onToggle = (event: Event) => {
      const card = event.target;
      if (!isCard(card) || (event as ToggleEvent).newState === "open") return;
      for (const trigger of document.querySelectorAll(`.term[aria-controls="${card.id}"][aria-expanded="true"]`)) {
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
        const card = cardOf(trigger);
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

    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("beforetoggle", onBeforeToggle, true);
    document.addEventListener("toggle", onToggle, true);
    document.addEventListener("pointermove", onPointerMove);
    document.documentElement.addEventListener("pointerleave", onPointerLeave);
    window.addEventListener("scroll", schedulePlace, { passive: true });
    window.addEventListener("resize", schedulePlace);

    // the names' roles; then a card that was open before a language switch opens again, next to
    // its name in this edition (in a task of its own: a card cannot be built while React runs effects)
    const reopen = takeCardToReopen();
    applyRoles(() => {
      const card = reopen ? (cardElement(reopen) as Showable | null) : null;
      if (!card) return;
      const near = document.getElementById(window.location.hash.slice(1));
      const selector = `.term[aria-controls="${card.id}"]`;
      source = near?.querySelector<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
      if (source) card.showPopover({ source });
    });

    return () => {
      unsubscribe();
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("click", onClick);
      document.removeEventListener("keydown", onKeyDown);
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
