"use client";

import { useEffect } from "react";

/** In the parallel view, pointing at or focusing a name marks the same concept in the other column. */
export function ParallelTwins() {
  useEffect(() => {
    let marked: Element[] = [];
    const clear = () => {
      marked.forEach((el) => el.classList.remove("term--twin"));
      marked = [];
    };
    const mark = (event: Event) => {
      const trigger = event.target instanceof Element ? event.target.closest<HTMLElement>(".term") : null;
      const cell = trigger?.closest<HTMLElement>(".parallel__cell");
      if (!trigger || !cell) return;
      clear();
      const row = cell.closest(".parallel__row");
      const other = [...(row?.querySelectorAll<HTMLElement>(".parallel__cell") ?? [])].find((c) => c !== cell);
      marked = [...(other?.querySelectorAll(`.term[data-term="${trigger.dataset.term}"]`) ?? [])];
      marked.forEach((el) => el.classList.add("term--twin"));
    };
    const unmark = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(".term")) clear();
    };
    document.addEventListener("pointerover", mark);
    document.addEventListener("focusin", mark);
    document.addEventListener("pointerout", unmark);
    document.addEventListener("focusout", unmark);
    return () => {
      clear();
      document.removeEventListener("pointerover", mark);
      document.removeEventListener("focusin", mark);
      document.removeEventListener("pointerout", unmark);
      document.removeEventListener("focusout", unmark);
    };
  }, []);
  return null;
}
