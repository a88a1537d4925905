"use client";

import { useSyncExternalStore } from "react";
import { highlightModes, highlightStorageKey, type HighlightMode } from "./highlight-boot";

/** The reader's highlight setting, kept in localStorage and shared by every name on the page. */

const isMode = (value: unknown): value is HighlightMode => highlightModes.includes(value as HighlightMode);
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(): HighlightMode {
  try {
    const value = window.localStorage.getItem(highlightStorageKey);
    return isMode(value) ? value : "all";
  } catch {
    return "all";
  }
}

export function setHighlightMode(mode: HighlightMode) {
  try {
    window.localStorage.setItem(highlightStorageKey, mode);
  } catch {}
  document.documentElement.dataset.highlight = mode;
  listeners.forEach((l) => l());
}

/** The current mode; null on the server and while hydrating (the page renders every highlight then). */
export function useHighlightMode(): HighlightMode | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
